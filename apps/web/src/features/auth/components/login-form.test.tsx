import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { LoginForm } from './login-form';

afterEach(() => vi.unstubAllGlobals());

function answer(status: number, body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status })),
  );
}

async function submit(username: string, password: string) {
  fireEvent.change(screen.getByLabelText('Tên đăng nhập'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: /Đăng nhập/ }));
}

describe('LoginForm', () => {
  it('says in Vietnamese that the username or password is wrong (401)', async () => {
    answer(401, { error: { code: 'INVALID_CREDENTIALS', message: 'Wrong username or password.' } });
    renderWithProviders(<LoginForm onSuccess={() => {}} />);
    await submit('tiepnhan', 'sai-mat-khau');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it("shows the server's message when there were too many attempts (429)", async () => {
    answer(429, {
      error: { code: 'TOO_MANY_REQUESTS', message: 'Bạn đã thử quá nhiều lần. Vui lòng chờ một lúc rồi thử lại.' },
    });
    renderWithProviders(<LoginForm onSuccess={() => {}} />);
    await submit('tiepnhan', 'x');
    expect((await screen.findByRole('alert')).textContent).toContain('Bạn đã thử quá nhiều lần');
  });

  it('asks for both fields before calling the server', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<LoginForm onSuccess={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: /Đăng nhập/ }));
    await waitFor(() => expect(screen.getAllByText('Vui lòng nhập thông tin này.')).toHaveLength(2));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('hands the session to the caller on success', async () => {
    const user = {
      id: '00000000-0000-4000-8000-000000000001',
      username: 'tiepnhan',
      fullName: 'Trần Thị Lan',
      role: 'RECEPTION_OFFICER',
      agency: { id: '00000000-0000-4000-8000-000000000002', code: '000.01.01.H26', name: 'Trung tâm' },
      homeAgency: null,
      permissions: ['dossier.receive'],
      scope: 'ALL',
    };
    answer(200, { user, csrfToken: 'csrf' });
    const onSuccess = vi.fn();
    renderWithProviders(<LoginForm onSuccess={onSuccess} />);
    await submit('tiepnhan', 'demo1234');
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ user: { fullName: 'Trần Thị Lan' } });
  });
});
