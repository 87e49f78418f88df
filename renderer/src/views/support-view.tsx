import { useEffect, useRef, useState } from 'react';
import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import { useCoreRequest } from '../requests/use-core-request';
import { RequestFailureBanner } from '../components/request-failure-banner';
import { ViewHeader } from '../components/view-header';
import { localTime } from '../components/format';
import { copyText } from '../components/copy-text';
import { faultTitleKey } from '../components/fault-title';
import {
  contactRows,
  hasItContact,
  manifestModel,
  manualTarget,
  openOutcome,
  sentMessageKey,
  ticketRows,
  type ContactRow,
  type OpenOutcome,
} from './support-model';

/**
 * Contact support: whom to call, what a support bundle would hold (listed before anything is made
 * or sent), and the ways to pass it on — copy a summary, a mail draft with the bundle, the
 * webhook — with the tickets sent so far. Links are opened by the host from the core's allowlist;
 * a host that cannot (the browser harness) leaves the number or address for the user to use.
 */
const ticketPollMs = 3000;

export default function SupportView() {
  const t = useTranslator();
  const route = useAppState((s) => s.route);
  const language = useAppState((s) => s.language);
  const overview = useAppState((s) => s.incidents);
  const incidentId = route.params?.incidentId;
  const contacts = useCoreRequest('getSupportContacts');
  const manifest = useCoreRequest('getSupportManifest');
  const incident = useCoreRequest('getIncident');
  const tickets = useCoreRequest('listSupportTickets');
  const { run: runContacts } = contacts;
  const { run: runManifest } = manifest;
  const { run: runIncident } = incident;
  const { run: runTickets } = tickets;

  useEffect(() => void runContacts({}), [runContacts]);
  useEffect(
    () => void runManifest({ ...(incidentId ? { incidentId } : {}), language }),
    [runManifest, incidentId, language],
  );
  useEffect(() => {
    if (incidentId) void runIncident({ id: incidentId });
  }, [runIncident, incidentId, overview]);
  useEffect(() => void runTickets({}), [runTickets, overview]);
  // A ticket waiting for delivery changes state in the background: look again while one waits.
  const waiting = tickets.data?.tickets.some((tk) => tk.state === 'pending') ?? false;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void runTickets({}), ticketPollMs);
    return () => clearInterval(timer);
  }, [runTickets, waiting]);

  const focus = incident.data?.incident.id === incidentId ? incident.data?.incident : undefined;
  const rows = contactRows(contacts.data);
  const failure = contacts.failure ?? manifest.failure;

  return (
    <div className="support-view" data-incident-id={incidentId}>
      <ViewHeader title={t.t('ui.support.heading')} lead={t.t('ui.support.lead')} />
      {focus && (
        <p className="banner info" data-about-incident={focus.id}>
          {t.t('ui.support.about', {
            title: t.t(faultTitleKey(focus.faultId, t.has)),
            time: localTime(focus.openedAt, t),
            status: t.t(`journal.status.${focus.status}`),
          })}
        </p>
      )}
      {failure && <RequestFailureBanner failure={failure} />}
      <section className="panel" aria-labelledby="support-contacts-heading">
        <h2 id="support-contacts-heading">{t.t('ui.support.contacts')}</h2>
        {!contacts.data && !contacts.failure && <p className="muted">{t.t('ui.support.contactsLoading')}</p>}
        {contacts.data && !hasItContact(contacts.data) && <p className="muted">{t.t('ui.support.noIt')}</p>}
        <ul className="plain contacts">
          {rows.map((row) => (
            <ContactCard key={row.id} row={row} />
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="support-manifest-heading">
        <h2 id="support-manifest-heading">{t.t('ui.support.manifest')}</h2>
        <p className="muted">{t.t('ui.support.manifestLead')}</p>
        {manifest.data ? (
          <Manifest model={manifestModel(manifest.data)} />
        ) : (
          !manifest.failure && <p className="muted">{t.t('ui.support.manifestLoading')}</p>
        )}
      </section>
      <section className="panel" aria-labelledby="support-actions-heading">
        <h2 id="support-actions-heading">{t.t('ui.support.actions')}</h2>
        <CopySummary incidentId={incidentId} />
        <MailDraft incidentId={incidentId} />
        <SendTicket incidentId={incidentId} webhook={contacts.data?.webhook} onSent={() => void runTickets({})} />
      </section>
      <section className="panel" aria-labelledby="support-tickets-heading">
        <h2 id="support-tickets-heading">{t.t('ui.support.tickets')}</h2>
        {tickets.data && !tickets.data.tickets.length && <p className="muted">{t.t('ui.support.noTickets')}</p>}
        {tickets.data && tickets.data.tickets.length > 0 && (
          <ul className="plain tickets">
            {ticketRows(tickets.data.tickets).map((row) => (
              <li key={row.id} data-ticket-state={row.state}>
                <span className="muted">{t.t('ui.support.ticketAt', { time: localTime(row.createdAt, t) })}</span>{' '}
                <strong>
                  {t.t(row.message.key, {
                    ...row.message.params,
                    ...(row.message.nextAt ? { next: localTime(row.message.nextAt, t) } : {}),
                  })}
                </strong>
                {row.detail && (
                  <details className="tech-details">
                    <summary>{t.t('ui.error.details')}</summary>
                    <code>{row.detail}</code>
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
        {tickets.failure && tickets.failure.code !== 'unknown-method' && (
          <RequestFailureBanner failure={tickets.failure} />
        )}
      </section>
    </div>
  );
}

function ContactCard(props: { row: ContactRow }) {
  const t = useTranslator();
  const { row } = props;
  const name = row.name ?? (row.nameKey ? t.t(row.nameKey) : t.t(row.roleKey));
  return (
    <li className="contact" data-contact-id={row.id}>
      <div className="contact-head">
        <h3>{name}</h3>
        <span className="tag">{t.t(row.roleKey)}</span>
        {!row.verified && (
          <span className="tag warning-tag" data-unverified>
            {t.t('ui.support.unverified')}
          </span>
        )}
        <span className="muted small-text">{t.t(row.builtIn ? 'ui.support.builtIn' : 'ui.support.fromIt')}</span>
      </div>
      {row.note && <p className="muted">{row.note}</p>}
      <ul className="plain contact-lines">
        {row.phone && row.tel && (
          <li>
            {t.t('ui.support.phone', { phone: row.phone })}{' '}
            <ExternalLink url={row.tel} label={t.t('ui.support.call', { phone: row.phone })} />
          </li>
        )}
        {row.mail && <li>{t.t('ui.support.mail', { mail: row.mail })}</li>}
        {row.portal && (
          <li>
            {t.t('ui.support.portal', { portal: row.portal })}{' '}
            <ExternalLink url={row.portal} label={t.t('ui.support.openPortal')} />
          </li>
        )}
      </ul>
    </li>
  );
}

/** A tel: or https: link the host opens from the allowlist; else the target stays for use by hand. */
function ExternalLink(props: { url: string; label: string }) {
  const t = useTranslator();
  const open = useCoreRequest('openExternal');
  const [outcome, setOutcome] = useState<OpenOutcome>();
  const click = async (): Promise<void> => {
    if (open.busy) return;
    setOutcome(openOutcome(await open.run({ url: props.url }), manualTarget(props.url)));
  };
  return (
    <>
      <button type="button" className="small" aria-disabled={open.busy || undefined} onClick={() => void click()}>
        {props.label}
      </button>{' '}
      <span role="status" className="muted" data-open-outcome={outcome?.kind}>
        {outcome?.kind === 'opened' && t.t('ui.support.opened')}
        {outcome?.kind === 'manual' && t.t('ui.support.manual', { target: outcome.target })}
      </span>
    </>
  );
}

function Manifest(props: { model: ReturnType<typeof manifestModel> }) {
  const t = useTranslator();
  const { model } = props;
  return (
    <>
      <ul className="plain manifest" data-manifest-files={model.files.length}>
        {model.files.map((f) => (
          <li key={f.name} data-file={f.name}>
            <strong>{t.t(f.descKey)}</strong>{' '}
            <span className="muted">{t.t('ui.support.manifestFile', { name: f.name, size: t.render(f.size) })}</span>
          </li>
        ))}
      </ul>
      <p className="muted">{t.render(model.incidents)}</p>
      {model.redacted && <p className="muted">{t.render(model.redacted)}</p>}
    </>
  );
}

/** "复制摘要": the core's summary on the clipboard, or shown selected for Ctrl+C when that is refused. */
function CopySummary(props: { incidentId: string | undefined }) {
  const t = useTranslator();
  const language = useAppState((s) => s.language);
  const summary = useCoreRequest('getSupportSummary');
  const [state, setState] = useState<'copied' | 'manual'>();
  const box = useRef<HTMLTextAreaElement>(null);
  const text = summary.data ? `${summary.data.subject}\n\n${summary.data.body}` : '';
  const copy = async (): Promise<void> => {
    if (summary.busy) return;
    const answer = await summary.run({ ...(props.incidentId ? { incidentId: props.incidentId } : {}), language });
    if (!answer) return;
    setState((await copyText(`${answer.subject}\n\n${answer.body}`)) ? 'copied' : 'manual');
  };
  useEffect(() => {
    if (state === 'manual') box.current?.select();
  }, [state, text]);
  return (
    <div className="support-action" data-copy-state={state}>
      <div className="step-actions">
        <button
          type="button"
          className="primary"
          data-action="copy-summary"
          aria-disabled={summary.busy || undefined}
          onClick={() => void copy()}
        >
          {t.t(summary.busy ? 'ui.support.copying' : 'ui.support.copy')}
        </button>
        <span role="status" className="muted">
          {state === 'copied' ? t.t('ui.support.copied') : state === 'manual' ? t.t('ui.support.copyManual') : ''}
        </span>
      </div>
      {summary.failure && <RequestFailureBanner failure={summary.failure} />}
      {text && (
        <>
          <label htmlFor="support-summary">{t.t('ui.support.summaryLabel')}</label>
          <textarea id="support-summary" ref={box} readOnly rows={8} value={text} />
        </>
      )}
    </div>
  );
}

/** The mail draft: the bundle is made first (its folder shown for attaching), then IT's mailto: opened. */
function MailDraft(props: { incidentId: string | undefined }) {
  const t = useTranslator();
  const language = useAppState((s) => s.language);
  const build = useCoreRequest('buildSupportBundle');
  const summary = useCoreRequest('getSupportSummary');
  const open = useCoreRequest('openExternal');
  const [mail, setMail] = useState<{ opened: boolean; to?: string; subject?: string }>();
  const busy = build.busy || summary.busy || open.busy;
  const about = props.incidentId ? { incidentId: props.incidentId } : {};
  const draft = async (): Promise<void> => {
    if (busy) return;
    setMail(undefined);
    const built = await build.run({ ...about, language });
    if (!built) return;
    const answer = await summary.run({ ...about, language, withBundle: true });
    if (!answer) return;
    if (!answer.mailto) return setMail({ opened: false });
    const opened = await open.run({ url: answer.mailto });
    setMail({ opened: opened?.opened === true, to: manualTarget(answer.mailto), subject: answer.subject });
  };
  const file = build.data?.file.split(/[\\/]/).at(-1) ?? '';
  // The link not opening is no failure: the address is shown instead (see openOutcome).
  const failure = build.failure ?? summary.failure;
  return (
    <div className="support-action">
      <div className="step-actions">
        <button type="button" data-action="mail-draft" aria-disabled={busy || undefined} onClick={() => void draft()}>
          {t.t(build.busy ? 'ui.support.mailBuilding' : 'ui.support.mailDraft')}
        </button>
      </div>
      <div role="status" data-mail-state={mail ? (mail.opened ? 'opened' : mail.to ? 'manual' : 'no-mail') : undefined}>
        {build.data && <p>{t.t('ui.support.bundleSaved', { folder: build.data.folder, file })}</p>}
        {mail && !mail.to && <p>{t.t('ui.support.noMail')}</p>}
        {mail?.to && mail.opened && <p>{t.t('ui.support.mailOpened')}</p>}
        {mail?.to && !mail.opened && (
          <p>{t.t('ui.support.mailManual', { mail: mail.to, subject: mail.subject ?? '' })}</p>
        )}
      </div>
      {failure && <RequestFailureBanner failure={failure} />}
    </div>
  );
}

/** "发送给技术支持": a ticket for the policy's webhook, its state in plain words. */
function SendTicket(props: { incidentId: string | undefined; webhook: boolean | undefined; onSent(): void }) {
  const t = useTranslator();
  const language = useAppState((s) => s.language);
  const send = useCoreRequest('sendSupportTicket');
  const [note, setNote] = useState('');
  const submit = async (): Promise<void> => {
    if (send.busy) return;
    const answer = await send.run({
      ...(props.incidentId ? { incidentId: props.incidentId } : {}),
      language,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    if (answer) {
      setNote('');
      props.onSent();
    }
  };
  if (props.webhook === false) return <p className="muted">{t.t('ui.support.sendOff')}</p>;
  return (
    <div className="support-action">
      <p className="muted">{t.t('ui.support.sendHint')}</p>
      <label htmlFor="support-note">{t.t('ui.support.sendNote')}</label>
      <textarea
        id="support-note"
        rows={2}
        maxLength={2000}
        value={note}
        data-input="ticket-note"
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="step-actions">
        <button
          type="button"
          className="primary"
          data-action="send-ticket"
          aria-disabled={send.busy || undefined}
          onClick={() => void submit()}
        >
          {t.t(send.busy ? 'ui.support.sending' : 'ui.support.send')}
        </button>
        <span role="status" data-sent-state={send.data?.state}>
          {send.data && !send.busy ? t.t(sentMessageKey(send.data.state)) : ''}
        </span>
      </div>
      {send.failure && <RequestFailureBanner failure={send.failure} />}
    </div>
  );
}
