import type { Clock } from '../clock';
import { CloudError, WireCode } from '../errors';
import type { FunctionCatalog } from '../functions/catalog';
import type { InvokeFunction } from '../functions/runner';
import type { Dispatcher } from '../http/dispatcher';
import { bytesReply, type AdminReply, type AdminRequest } from '../http/protocol';
import type { LocalCloudServer } from '../http/server';
import type { Scheduler } from '../timers/scheduler';
import { ConsentLedger } from './consent-ledger';
import { DelayedFunctionTasks, type DelayedTask } from './delayed-tasks';
import { decodeOpenApiRequest, encodeBinaryReply, encodeJsonReply, encodeSystemError } from './openapi-wire';
import { ShippingInfoDesk, type TradeSource } from './shipping-info';
import { registerSubscribeRoute } from './subscribe-route';
import { type SentMessage, SubscribeMessages } from './subscribe-messages';
import { WxApiError, WxErrcode } from './wx-api-error';
import { BinaryApiReply, getUnlimited } from './wxacode';

/** What the open API needs: function configs (permissions), the clock and scheduler, and a way to invoke. */
export interface OpenApiServiceOptions {
  /** Where each calling function's config.json (its `permissions.openapi`) is read. */
  catalog: FunctionCatalog;
  scheduler: Scheduler;
  clock: Clock;
  /** Runs a function, for delayed tasks. */
  invoke: InvokeFunction;
  /** The payment trades shipping information is filed against (none when omitted). */
  trades?: TradeSource;
}

/** One open API: snake_case parameters and the calling function in, the reply's extra fields (or bytes) out. */
type OpenApiHandler = (
  params: Record<string, unknown>,
  callerFunction: string,
) => Record<string, unknown> | BinaryApiReply;

/**
 * The `wx.openApi` action behind `cloud.openapi.*`: subscribe messages (with consent credits granted by
 * the `/client/subscribe` route) and delayed function tasks. Every API must be listed in the calling
 * function's config.json `permissions.openapi`, as on the platform.
 */
export class OpenApiService {
  private readonly consent = new ConsentLedger();
  private readonly messages: SubscribeMessages;
  private readonly tasks: DelayedFunctionTasks;
  /** Shipping information uploads (发货信息录入), with a switch to fail the next calls. */
  readonly shipping: ShippingInfoDesk;
  private readonly apis: ReadonlyMap<string, OpenApiHandler>;

  constructor(private readonly options: OpenApiServiceOptions) {
    this.messages = new SubscribeMessages(this.consent, options.clock);
    this.tasks = new DelayedFunctionTasks(options.scheduler, options.clock, options.invoke);
    this.shipping = new ShippingInfoDesk(options.trades ?? (() => []), options.clock);
    this.apis = new Map<string, OpenApiHandler>([
      ['subscribeMessage.send', (params, caller) => this.messages.send(params, caller)],
      ['cloudbase.addDelayedFunctionTask', (params, caller) => this.tasks.add(params, caller)],
      ['wxa.sec.order.uploadShippingInfo', (params, caller) => this.shipping.upload(params, caller)],
      ['wxacode.getUnlimited', (params) => getUnlimited(params)],
    ]);
  }

  registerActions(dispatcher: Dispatcher): void {
    dispatcher.register('wx.openApi', (request) => this.handle(request));
  }

  registerRoutes(server: LocalCloudServer): void {
    registerSubscribeRoute(server, this.consent);
  }

  /** Grants one consent credit per template, as an accepted `wx.requestSubscribeMessage` prompt does. */
  grantConsent(openid: string, templateIds: string[]): void {
    this.consent.grant(openid, templateIds);
  }

  /** Credits `openid` holds for `templateId`. */
  consentCredits(openid: string, templateId: string): number {
    return this.consent.credits(openid, templateId);
  }

  /** Subscribe messages sent so far, oldest first. */
  outbox(): SentMessage[] {
    return this.messages.outbox();
  }

  /** Delayed function tasks asked for so far, with their state. */
  delayedTasks(): DelayedTask[] {
    return this.tasks.list();
  }

  private handle(request: AdminRequest): AdminReply {
    const apiName = String(request.params.apiName ?? '');
    const requestData = request.files.requestData;
    if (!requestData) throw new CloudError(WireCode.INVALID_PARAM, 'wx.openApi needs a requestData part');
    const { params } = decodeOpenApiRequest(requestData);
    const callerFunction = request.caller.functionName;
    try {
      const handler = this.apis.get(apiName);
      if (!handler) {
        throw new WxApiError(
          WxErrcode.API_NOT_FOUND,
          `local cloud: openapi ${apiName || '(no name)'} is not supported; supported: ${[...this.apis.keys()].join(', ')}`,
        );
      }
      if (!this.isPermitted(callerFunction, apiName)) {
        throw new WxApiError(WxErrcode.NO_PERMISSION, `${apiName} is not in permissions.openapi`, 'system');
      }
      const reply = handler(params, callerFunction);
      if (reply instanceof BinaryApiReply)
        return bytesReply(encodeBinaryReply(reply.bytes, reply.contentType));
      return bytesReply(encodeJsonReply({ errcode: 0, errmsg: 'ok', ...reply }));
    } catch (error) {
      if (!(error instanceof WxApiError)) throw error;
      if (error.channel === 'system') return bytesReply(encodeSystemError(error.errcode));
      return bytesReply(encodeJsonReply({ errcode: error.errcode, errmsg: error.message }));
    }
  }

  /** A caller outside any function (a script) has no config.json, so it holds no permission either. */
  private isPermitted(callerFunction: string, apiName: string): boolean {
    const { catalog } = this.options;
    if (!callerFunction || !catalog.has(callerFunction)) return false;
    return catalog.config(callerFunction).permissions?.openapi?.includes(apiName) ?? false;
  }
}
