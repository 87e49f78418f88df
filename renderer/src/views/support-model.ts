import { telNumber, type Contact, type SupportContacts } from '../../../shared/support/support-contacts';
import type { SupportManifest } from '../../../shared/support/manifest';
import type { ResultOf } from '../../../shared/protocol/contract';
import type { Message } from '../../../shared/model/reading';

export interface ContactRow {
  id: string;
  roleKey: string;
  /** IT's own name for the line, or the catalog key of a built-in one (never the English source). */
  name?: string;
  nameKey?: string;
  phone?: string;
  /** What openExternal is asked for: exactly what the core's allowlist holds. */
  tel?: string;
  mail?: string;
  portal?: string;
  note?: string;
  builtIn: boolean;
  verified: boolean;
}

/** The contacts in the core's order (IT, suppliers, built-in), as the view lists them. */
export function contactRows(contacts: SupportContacts | undefined): ContactRow[] {
  return (contacts?.contacts ?? []).map((c: Contact) => ({
    id: c.id,
    roleKey: `ui.support.role.${c.role}`,
    ...(c.name ? { name: c.name } : {}),
    ...(!c.name && c.nameKey ? { nameKey: c.nameKey } : {}),
    ...(c.phone ? { phone: c.phone, tel: `tel:${telNumber(c.phone)}` } : {}),
    ...(c.mail ? { mail: c.mail } : {}),
    ...(c.portal ? { portal: c.portal } : {}),
    ...(c.note ? { note: c.note } : {}),
    builtIn: c.builtIn,
    verified: c.verified,
  }));
}

/** Whether IT gave any way to reach it (else the view says so, and the built-in lines remain). */
export function hasItContact(contacts: SupportContacts | undefined): boolean {
  return (contacts?.contacts ?? []).some((c) => c.role === 'it');
}

export interface ManifestModel {
  files: { name: string; descKey: string; size: Message }[];
  incidents: Message;
  redacted?: Message;
}

/** Sizes people read: whole KB, at least 1 (a 300-byte file is not "0 KB"). */
export function sizeMessage(bytes: number): Message {
  return { key: 'ui.support.kb', params: { kb: Math.max(1, Math.round(bytes / 1024)) } };
}

/** What a bundle would hold, before anything is made: each file with its description and size. */
export function manifestModel(manifest: SupportManifest): ManifestModel {
  const redacted = Object.values(manifest.redactions).reduce((n, c) => n + c, 0);
  return {
    files: manifest.files.map((f) => ({ name: f.name, descKey: `support.file.${f.kind}`, size: sizeMessage(f.bytes) })),
    incidents: { key: 'ui.support.manifestIncidents', params: { count: manifest.incidents } },
    ...(redacted > 0 ? { redacted: { key: 'ui.support.manifestRedacted', params: { count: redacted } } } : {}),
  };
}

/** What "send to support" answered, in plain words. */
export function sentMessageKey(state: ResultOf<'sendSupportTicket'>['state']): string {
  return `ui.support.sent.${state}`;
}

type Ticket = ResultOf<'listSupportTickets'>['tickets'][number];

export interface TicketRow {
  id: string;
  createdAt: string;
  state: Ticket['state'];
  /** `next` is a time the view formats locally. */
  message: Message & { nextAt?: string };
  /** The delivery error as the HTTP layer put it (English): for IT, folded away. */
  detail?: string;
}

/** The tickets, newest first, each state in words. */
export function ticketRows(tickets: readonly Ticket[]): TicketRow[] {
  return [...tickets]
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
    .map((tk) => ({
      id: tk.id,
      createdAt: tk.createdAt,
      state: tk.state,
      message:
        tk.state === 'pending'
          ? { key: 'ui.support.ticket.pending', params: { attempts: tk.attempts }, nextAt: tk.nextAttemptAt }
          : { key: `ui.support.ticket.${tk.state}` },
      ...(tk.lastError ? { detail: tk.lastError } : {}),
    }));
}

/**
 * The result of asking the host to open a link: opened, or — refused, or a host that cannot open
 * anything (the browser harness answers unknown-method) — what the user can use by hand.
 */
export type OpenOutcome = { kind: 'opened' } | { kind: 'manual'; target: string };

export function openOutcome(answer: { opened: boolean } | undefined, target: string): OpenOutcome {
  return answer?.opened ? { kind: 'opened' } : { kind: 'manual', target };
}

/** The text a person dials or types from a tel:/mailto:/https: link (no scheme, no query). */
export function manualTarget(url: string): string {
  if (url.startsWith('tel:')) return url.slice(4);
  if (url.startsWith('mailto:')) return decodeURIComponent(url.slice(7).split('?')[0] ?? '');
  return url;
}
