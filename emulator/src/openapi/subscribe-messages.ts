import type { Clock } from '../clock';
import type { ConsentLedger } from './consent-ledger';
import { checkTemplateData } from './template-data-rules';
import { WxApiError, WxErrcode } from './wx-api-error';

/** A subscribe message the local cloud accepted for delivery. */
export interface SentMessage {
  touser: string;
  templateId: string;
  /** Page the message card opens, when given. */
  page?: string;
  data: Record<string, { value: string }>;
  /** developer | trial | formal, when given. */
  miniprogramState?: string;
  lang?: string;
  /** The function that sent it. */
  sentBy: string;
  /** Epoch milliseconds on the local cloud's clock. */
  sentAtMs: number;
}

/** `subscribeMessage.send`: validates like the platform, spends one consent credit, keeps an outbox. */
export class SubscribeMessages {
  private readonly sent: SentMessage[] = [];

  constructor(
    private readonly consent: ConsentLedger,
    private readonly clock: Clock,
  ) {}

  /** Sends with the snake_case parameters the SDK put on the wire; throws WxApiError as the platform refuses. */
  send(params: Record<string, unknown>, sentBy: string): Record<string, unknown> {
    const touser = params.touser;
    if (typeof touser !== 'string' || touser.trim() === '') {
      throw new WxApiError(WxErrcode.INVALID_OPENID, 'invalid openid: touser is empty');
    }
    const templateId = params.template_id ?? params.templateId;
    if (typeof templateId !== 'string' || templateId.trim() === '') {
      throw new WxApiError(WxErrcode.INVALID_TEMPLATE_ID, 'invalid template_id: template_id is empty');
    }
    const data = checkTemplateData(params.data);
    if (!this.consent.consume(touser, templateId)) {
      throw new WxApiError(
        WxErrcode.USER_REFUSED,
        `user refuse to accept the msg: ${touser} holds no consent for template ${templateId}`,
      );
    }
    this.sent.push({
      touser,
      templateId,
      ...optionalText('page', params.page),
      data,
      ...optionalText('miniprogramState', params.miniprogram_state ?? params.miniprogramState),
      ...optionalText('lang', params.lang),
      sentBy,
      sentAtMs: this.clock.now(),
    });
    return {};
  }

  /** Messages sent so far, oldest first (copies). */
  outbox(): SentMessage[] {
    return this.sent.map((message) => ({ ...message, data: { ...message.data } }));
  }
}

function optionalText<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === 'string' && value !== '' ? ({ [key]: value } as Record<K, string>) : {};
}
