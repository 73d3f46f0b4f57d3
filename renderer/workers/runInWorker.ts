/** One request running in a Web Worker of its own. */
export interface WorkerJob<T> {
  result: Promise<T>;
  /** Stops the worker; `result` then rejects with `WorkerCancelled`. */
  cancel(): void;
}

export class WorkerCancelled extends Error {}

/** What a worker's message means: nothing yet (progress, say), or the answer, after which the worker is stopped. */
export type WorkerAnswer<T> = { value: T } | { error: Error } | null;

interface Options<Message, T> {
  /** Buffers handed over to the worker rather than copied (they are unusable on the page afterwards). */
  transfer?: Transferable[];
  onMessage(message: Message): WorkerAnswer<T>;
  /** The message when the worker itself fails (a script that did not load, an uncaught error). */
  crashed(): string;
}

/**
 * Sends one request to a worker made for it and settles with the worker's answer. The caller creates the worker
 * (`new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })`, written out where the bundler
 * sees it); it is terminated once it has answered, failed or been cancelled, so each job frees its memory.
 */
export function runInWorker<Request, Message, T>(worker: Worker, request: Request, options: Options<Message, T>): WorkerJob<T> {
  let reject: (error: Error) => void = () => {};
  const result = new Promise<T>((resolve, fail) => {
    reject = (error) => {
      worker.terminate();
      fail(error);
    };
    worker.onmessage = (event: MessageEvent<Message>) => {
      const answer = options.onMessage(event.data);
      if (!answer) return;
      worker.terminate();
      if ('value' in answer) resolve(answer.value);
      else fail(answer.error);
    };
    worker.onerror = (event) => reject(new Error(event.message || options.crashed()));
  });
  worker.postMessage(request, options.transfer ?? []);
  return { result, cancel: () => reject(new WorkerCancelled()) };
}
