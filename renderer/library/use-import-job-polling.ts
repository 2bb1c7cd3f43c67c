// Polls a desktop import job while it runs: one `pollImportJob` action about every 150 ms, the
// next only after the previous answer (a slow answer never piles requests up). The polls stop
// when the job ends or when the component using this hook unmounts.
import { useEffect } from 'react';
import { useActions } from '../state/library-context';

const POLL_MS = 150;

export function useImportJobPolling(jobId: string | null): void {
  const actions = useActions();
  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    let timer: number | undefined;
    const poll = async (): Promise<void> => {
      const again = await actions.pollImportJob(jobId);
      if (again && !stopped) timer = window.setTimeout(() => void poll(), POLL_MS);
    };
    timer = window.setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [jobId, actions]);
}
