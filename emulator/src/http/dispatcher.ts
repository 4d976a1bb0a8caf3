import { CloudError, WireCode } from '../errors';
import type { ActionHandler, AdminReply, AdminRequest } from './protocol';

/** Routes `/admin` actions (`database.getDocument`, `wx.wxPayApi`, …) to the service that owns them. */
export class Dispatcher {
  private readonly handlers = new Map<string, ActionHandler>();
  private readonly observers: Array<(request: AdminRequest) => void> = [];
  private readonly gates: Array<(request: AdminRequest) => void> = [];

  register(action: string, handler: ActionHandler): void {
    if (this.handlers.has(action)) throw new Error(`action ${action} is registered twice`);
    this.handlers.set(action, handler);
  }

  /** Sees every request before it is handled (operation counters, traces). */
  observe(observer: (request: AdminRequest) => void): void {
    this.observers.push(observer);
  }

  /** Has the last word on a request, after every observer and right before its handler: throw to refuse it. */
  gate(check: (request: AdminRequest) => void): void {
    this.gates.push(check);
  }

  async dispatch(request: AdminRequest): Promise<AdminReply> {
    for (const observer of this.observers) observer(request);
    const handler = this.handlers.get(request.action);
    if (!handler) {
      throw new CloudError(WireCode.UNSUPPORTED, `local cloud: action ${request.action} is not supported`);
    }
    for (const check of this.gates) check(request);
    return handler(request);
  }
}
