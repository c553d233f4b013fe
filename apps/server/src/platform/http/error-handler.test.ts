import { describe, expect, it } from 'vitest';
import { loggableError } from './error-handler';

describe('loggableError', () => {
  it('drops the query parameters a database error carries (they can hold personal data)', () => {
    const error = Object.assign(
      new Error('Failed query: insert into dossiers values ($1, $2)\nparams: Nguyễn Thị Lan,0912345678'),
      {
        name: 'DrizzleQueryError',
        cause: { code: '23505', message: 'duplicate key value' },
      },
    );
    const logged = JSON.stringify(loggableError(error));
    expect(logged).not.toContain('0912345678');
    expect(logged).not.toContain('Nguyễn');
    expect(logged).toContain('duplicate key value');
  });
});
