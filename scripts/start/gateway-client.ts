import type { ActionName, FunctionName, InputOf, OutputOf } from '../../typings/contracts';
import type { Result } from '../../typings/result';

/** Calls a cloud function through the local cloud's client gateway, as a mini program user; counts round trips. */
export class GatewayClient {
  roundTrips = 0;
  /** Size of the last response body, in bytes. */
  lastResponseBytes = 0;
  constructor(
    private readonly baseUrl: string,
    private readonly openid: string,
  ) {}

  /** One `wx.cloud.callFunction` round trip: `{ action, input }` in, the action's Result out. */
  async call<F extends FunctionName, A extends ActionName<F>>(
    name: F,
    action: A,
    input: InputOf<F, A>,
  ): Promise<Result<OutputOf<F, A>>> {
    this.roundTrips += 1;
    const response = await fetch(`${this.baseUrl}/call/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': this.openid },
      body: JSON.stringify({ action, input }),
    });
    const text = await response.text();
    this.lastResponseBytes = Buffer.byteLength(text);
    const body = JSON.parse(text) as { result?: Result<OutputOf<F, A>>; errCode?: number; errMsg?: string };
    if (!body.result) throw new Error(`${name}.${action}: ${body.errMsg ?? `HTTP ${response.status}`}`);
    return body.result;
  }

  /** Like `call`, but a failed Result is an error naming the action and the code. */
  async expect<F extends FunctionName, A extends ActionName<F>>(
    name: F,
    action: A,
    input: InputOf<F, A>,
  ): Promise<OutputOf<F, A>> {
    const result = await this.call(name, action, input);
    if (!result.ok) throw new Error(`${name}.${action} failed: ${result.error.code} ${result.error.message}`);
    return result.data;
  }
}
