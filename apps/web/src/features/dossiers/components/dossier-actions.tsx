import type { DossierDetail } from '@mot-cua/contracts';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n';
import { actionTone, displayedActions, type DossierActionType } from '../action-form';
import { ActionModal } from './action-modal';

/**
 * The buttons of the actions the server allows this user now (`allowedActions`), never decided here by
 * role; each opens its modal.
 */
export function DossierActions({
  dossier,
  onConflict,
  onDone,
}: {
  dossier: DossierDetail;
  onConflict: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [action, setAction] = useState<DossierActionType | null>(null);
  const actions = displayedActions(dossier.allowedActions);

  if (actions.length === 0) {
    return <p className="muted small dossier-actions__none">{t('dossier.noActions')}</p>;
  }
  return (
    <div className="dossier-actions" role="group" aria-label={t('dossier.actions')}>
      {actions.map((a) => {
        const tone = actionTone(a);
        return (
          <Button
            key={a}
            type={tone === 'primary' ? 'primary' : 'default'}
            danger={tone === 'danger'}
            onClick={() => setAction(a)}
          >
            {t(`action.${a}`)}
          </Button>
        );
      })}
      <ActionModal
        dossier={dossier}
        action={action}
        onClose={() => setAction(null)}
        onDone={(done) => {
          setAction(null);
          onDone();
          void message.success(t('dossier.actionDone', { action: t(`action.${done}`) }));
        }}
        onConflict={() => {
          setAction(null);
          onConflict();
        }}
      />
    </div>
  );
}
