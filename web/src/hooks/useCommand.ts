import { useState } from 'preact/hooks';
import { toApiError, type ApiError } from '../api/errors';

/** Runs a command, keeps what was typed on a refusal, and says what went wrong next to the form. */
export function useCommand() {
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const run = async (command: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    try {
      await command();
      setError(undefined);
      return true;
    } catch (e) {
      setError(toApiError(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

