/** One time budget shared by every readiness step: `--timeout` bounds the whole wait, not each step. */
export class Deadline {
  readonly startedAt = Date.now();
  readonly endsAt: number;

  constructor(readonly budgetMs: number) {
    this.endsAt = this.startedAt + budgetMs;
  }

  remaining(): number {
    return Math.max(0, this.endsAt - Date.now());
  }
}

/** Thrown by `within` when the budget ran out; the caller knows which step it was waiting for. */
export class DeadlineExceeded extends Error {
  constructor() {
    super('deadline exceeded');
    this.name = 'DeadlineExceeded';
  }
}

/**
 * Settles like `work`, or rejects with DeadlineExceeded when the budget runs out first. The
 * abandoned promise's later rejection is swallowed: the browser is about to close under it.
 */
export async function within<T>(work: Promise<T>, deadline: Deadline): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    // Clamped: above 2³¹−1 ms Node fires the timer at once instead (args.ts rejects such budgets).
    timer = setTimeout(() => reject(new DeadlineExceeded()), Math.min(deadline.remaining(), 2 ** 31 - 1));
  });
  try {
    return await Promise.race([work, timeout]);
  } catch (error) {
    if (error instanceof DeadlineExceeded) work.catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
