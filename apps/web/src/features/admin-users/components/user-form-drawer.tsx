import { type Agency, createUserBodySchema, Role, type User } from '@mot-cua/contracts';
import { Alert, App, Form, Input, Select, Switch } from 'antd';
import { FormDrawer } from '../../../components/ui/form-drawer';
import { FormErrorAlert } from '../../../components/ui/form-error-alert';
import { showServerFieldErrors } from '../../../lib/form-errors';
import { schemaRule } from '../../../lib/form-rules';
import { useI18n } from '../../../lib/i18n';
import { selectFilter } from '../../../lib/text';
import { useCreateUser } from '../api/create-user';
import { useUpdateUser } from '../api/update-user';

interface UserFormValues {
  username: string;
  fullName: string;
  role: Role;
  agencyId: string;
  homeAgencyId: string | null;
  password: string;
  active: boolean;
}

const formFields = ['username', 'fullName', 'role', 'agencyId', 'homeAgencyId', 'password', 'active'];
const shape = createUserBodySchema.shape;

/** Creates a staff account or edits one (the username is fixed: the audit log refers to it). */
export function UserFormDrawer({
  open,
  user,
  agencies,
  currentUserId,
  onClose,
}: {
  open: boolean;
  user: User | null;
  agencies: readonly Agency[];
  currentUserId: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserFormValues>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = user ? update : create;
  const isSelf = user?.id === currentUserId;

  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };
  const done = (text: string) => () => {
    void message.success(text);
    close();
  };
  const onError = (error: unknown) => showServerFieldErrors(form, error);

  const onFinish = (values: UserFormValues) => {
    const common = {
      fullName: values.fullName.trim(),
      role: values.role,
      agencyId: values.agencyId,
      homeAgencyId: values.homeAgencyId ?? null,
    };
    if (user) {
      update.mutate(
        { id: user.id, body: { ...common, active: values.active } },
        { onSuccess: done(t('users.saved')), onError },
      );
    } else {
      create.mutate(
        { ...common, username: values.username.trim(), password: values.password },
        { onSuccess: done(t('users.created')), onError },
      );
    }
  };

  const agencyOptions = [...agencies]
    .filter((a) => a.active)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((a) => ({ value: a.id, label: a.name }));
  // An account's agency may since have been closed: keep it selectable so the form shows its name.
  for (const ref of [user?.agency, user?.homeAgency]) {
    if (ref && !agencyOptions.some((o) => o.value === ref.id)) agencyOptions.push({ value: ref.id, label: ref.name });
  }

  return (
    <FormDrawer
      open={open}
      title={user ? t('users.editTitle', { username: user.username }) : t('users.createTitle')}
      onClose={close}
      onSave={() => form.submit()}
      saving={mutation.isPending}
    >
      <Form<UserFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        clearOnDestroy
        initialValues={
          user
            ? {
                username: user.username,
                fullName: user.fullName,
                role: user.role,
                agencyId: user.agency.id,
                homeAgencyId: user.homeAgency?.id ?? null,
                active: user.active,
              }
            : { role: Role.SPECIALIST, homeAgencyId: null, active: true }
        }
      >
        <FormErrorAlert error={mutation.error} formFields={formFields} />
        <Form.Item
          label={t('user.username')}
          required={user === null}
          name="username"
          rules={user ? [] : [schemaRule(shape.username, t, t('users.usernameFormat'))]}
          extra={user ? t('users.usernameFixed') : t('users.usernameFormat')}
        >
          <Input disabled={user !== null} autoComplete="off" spellCheck={false} className="mono" />
        </Form.Item>
        <Form.Item label={t('user.fullName')} required name="fullName" rules={[schemaRule(shape.fullName, t)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('user.role')} required name="role" rules={[schemaRule(shape.role, t)]}>
          <Select
            disabled={isSelf}
            options={Object.values(Role).map((role) => ({ value: role, label: t(`role.${role}`) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('user.agency')}
          required
          name="agencyId"
          rules={[schemaRule(shape.agencyId, t)]}
          extra={t('users.agencyHelp')}
        >
          <Select
            showSearch={{ filterOption: selectFilter }}
            options={agencyOptions}
            placeholder={t('users.chooseAgency')}
          />
        </Form.Item>
        <Form.Item label={t('user.homeAgency')} name="homeAgencyId" extra={t('users.homeAgencyHelp')}>
          <Select
            allowClear
            showSearch={{ filterOption: selectFilter }}
            options={agencyOptions}
            placeholder={t('users.noHomeAgency')}
          />
        </Form.Item>
        {user ? (
          <>
            <Form.Item label={t('common.status')} name="active" valuePropName="checked">
              <Switch disabled={isSelf} checkedChildren={t('users.active')} unCheckedChildren={t('users.locked')} />
            </Form.Item>
            {isSelf ? <Alert type="info" showIcon title={t('users.selfNote')} /> : null}
          </>
        ) : (
          <Form.Item
            label={t('users.initialPassword')}
            required
            name="password"
            rules={[schemaRule(shape.password, t)]}
            extra={t('users.passwordHelp')}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  );
}
