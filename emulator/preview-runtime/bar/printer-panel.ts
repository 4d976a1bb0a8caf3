// The sandbox printer beside the phone: each kitchen ticket the local cloud prints appears as a paper image,
// newest on top, as soon as it prints (hidden until the first one).
import {
  PREVIEW_PRINTER_PATH,
  type PreviewTicket,
  type PreviewTicketsAnswer,
} from '../../src/printer/printer-preview-wire';
import { fetchJson, hasFields } from './bar-parts';
import { chinaTimeText } from './test-clock';
import { ticketImageUrl } from './ticket-image';

/** How often the panel asks for new tickets, in ms. */
const POLL_MS = 1000;
/** Tickets kept on screen; older ones scroll off like torn-off paper. */
const SHOWN_TICKETS = 4;

function readTickets(answer: unknown): PreviewTicketsAnswer {
  if (!hasFields(answer, { total: 'number' }) || !Array.isArray(Reflect.get(answer, 'tickets')))
    throw new Error(`${PREVIEW_PRINTER_PATH} answered no ticket list`);
  return answer as PreviewTicketsAnswer;
}

function ticketFigure(ticket: PreviewTicket): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'printer-ticket';
  figure.dataset.jobId = ticket.jobId;
  const image = document.createElement('img');
  image.src = ticketImageUrl(ticket.text);
  image.alt = ticket.text;
  const caption = document.createElement('figcaption');
  caption.textContent = `${ticket.serial} · ${chinaTimeText(ticket.printedAtMs)}`;
  figure.append(image, caption);
  return figure;
}

/** Starts following the sandbox printer into `panel`. */
export function followPrinter(panel: HTMLElement): void {
  let seen = 0;
  const title = document.createElement('div');
  title.className = 'printer-title';
  title.textContent = '打印机 Printer';
  const roll = document.createElement('div');
  roll.className = 'printer-roll';
  panel.append(title, roll);
  const poll = async (): Promise<void> => {
    try {
      const answer = await fetchJson(`${PREVIEW_PRINTER_PATH}?after=${String(seen)}`, readTickets);
      for (const ticket of answer.tickets) roll.prepend(ticketFigure(ticket));
      while (roll.children.length > SHOWN_TICKETS) roll.lastElementChild?.remove();
      seen = answer.total;
      panel.hidden = seen === 0;
    } catch {
      // The local cloud restarting: the next poll tries again.
    }
    setTimeout(() => void poll(), POLL_MS);
  };
  void poll();
}
