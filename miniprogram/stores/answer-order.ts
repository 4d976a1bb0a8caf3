// Keeps the newest answer: calls are numbered as sent, and an answer older than one already applied is dropped.

/** Numbers calls as they are sent and tells whether an answer is still the newest. */
export class AnswerOrder {
  private sent = 0;
  private applied = 0;

  /** A number for a call being sent now. */
  next(): number {
    this.sent += 1;
    return this.sent;
  }

  /** True (and remembered) when the answer of call `ticket` is newer than every answer applied so far. */
  accept(ticket: number): boolean {
    if (ticket <= this.applied) return false;
    this.applied = ticket;
    return true;
  }
}
