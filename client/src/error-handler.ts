import { CloseAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type Message } from 'vscode-languageclient';

/**
 * The client's default error handler (restart on a crash, up to its default limit of restarts
 * in three minutes, then give up with its own message), telling the user once per session
 * that the server was restarted (`notify` shows the message, translated). `inner` is called lazily: the default handler can only be
 * made once the client exists.
 */
export function notifyingErrorHandler(inner: () => ErrorHandler, notify: () => void): ErrorHandler {
  let told = false;
  return {
    error(error: Error, message: Message | undefined, count: number | undefined): ErrorHandlerResult | Promise<ErrorHandlerResult> {
      return inner().error(error, message, count);
    },
    async closed(): Promise<CloseHandlerResult> {
      const result = await inner().closed();
      if (result.action === CloseAction.Restart && !told) {
        told = true;
        notify();
      }
      return result;
    },
  };
}
