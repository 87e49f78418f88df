import { useEffect, useState, type FormEvent } from 'react';
import { checkDisplayName } from '../../../shared/i18n/check-name';
import type { Reading } from '../../../shared/model/reading';
import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import { useCoreRequest } from '../requests/use-core-request';
import { RequestFailureBanner } from '../components/request-failure-banner';
import { ViewHeader } from '../components/view-header';
import { localTime } from '../components/format';
import { downloadText } from '../components/download';
import {
  defaultFilter,
  faultCategories,
  historyQuery,
  historyRanges,
  incidentDetail,
  journalBanner,
  listState,
  noteAnswered,
  noteLine,
  renderRich,
  type HistoryFilter,
  type NoteState,
  type TimelineRow,
} from './history-model';

/**
 * The incident journal as a timeline: filters, the list newest first, the selected incident's
 * story and the user's note, and the CSV export. Reloads whenever the journal's overview changes
 * (the `incidents` event the store keeps), so a fault that opens or clears shows up by itself.
 */
export default function HistoryView() {
  const t = useTranslator();
  const overview = useAppState((s) => s.incidents);
  const language = useAppState((s) => s.language);
  // "Now" for an open incident's duration: the latest snapshot's time (render stays pure).
  const updatedAt = useAppState((s) => s.snapshot?.updatedAt);
  // During a drill the drill's records are what the user is looking for; real ones are a click away.
  const [filter, setFilter] = useState<HistoryFilter>(() => ({
    ...defaultFilter,
    practice: overview?.practice ?? false,
  }));
  const [selected, setSelected] = useState<string>();
  const list = useCoreRequest('listIncidents');
  const exporter = useCoreRequest('exportIncidents');
  const { run: runList } = list;

  useEffect(() => void runList(historyQuery(filter, Date.now())), [runList, filter, overview]);

  const model = listState({
    ...(list.data ? { list: list.data } : {}),
    ...(list.failure ? { failure: list.failure } : {}),
    filter,
    ...(selected ? { selected } : {}),
    now: updatedAt ? Date.parse(updatedAt) : 0,
    has: t.has,
  });
  const banner = journalBanner(overview?.status);
  const change = (patch: Partial<HistoryFilter>): void => {
    setFilter((f) => ({ ...f, ...patch }));
    setSelected(undefined);
  };
  const exportCsv = async (): Promise<void> => {
    const result = await exporter.run({ query: historyQuery(filter, Date.now()), language });
    if (result) downloadText(result.fileName, result.csv, 'text/csv;charset=utf-8');
  };

  return (
    <div className="history-view">
      <ViewHeader title={t.t('ui.history.heading')} lead={t.t('ui.history.lead')} />
      {banner && (
        <div className="banner warning" role="alert" data-banner="journal">
          <span>{t.render(banner.message)}</span>
          {banner.detail && (
            <details className="tech-details">
              <summary>{t.t('ui.error.details')}</summary>
              <code>{banner.detail}</code>
            </details>
          )}
        </div>
      )}
      <Filters filter={filter} onChange={change} />
      <div className="history-actions">
        <button
          type="button"
          data-action="export-csv"
          aria-disabled={exporter.busy || undefined}
          onClick={() => !exporter.busy && void exportCsv()}
        >
          {t.t(exporter.busy ? 'ui.history.exporting' : 'ui.history.export')}
        </button>
        <span role="status" className="muted" data-exported={exporter.data?.count}>
          {exporter.data && !exporter.busy
            ? t.t('ui.history.exported', { count: exporter.data.count, file: exporter.data.fileName })
            : ''}
        </span>
      </div>
      {exporter.failure && <RequestFailureBanner failure={exporter.failure} />}
      {filter.practice && <p className="banner practice-note">{t.t('ui.history.practiceNote')}</p>}
      <div className="history-grid">
        <section className="panel" aria-labelledby="history-list-heading">
          <h2 id="history-list-heading">{t.t('ui.history.list')}</h2>
          {model.kind === 'loading' && <p className="muted">{t.t('ui.history.loading')}</p>}
          {model.kind === 'failed' && <RequestFailureBanner failure={model.failure} />}
          {model.kind === 'empty' && (
            <p className="muted" data-history-empty>
              {t.t(model.key)}
            </p>
          )}
          {model.kind === 'ready' && (
            <>
              {model.skipped && <p className="banner warning">{t.render(model.skipped)}</p>}
              <ol className="plain timeline" aria-label={t.t('ui.history.list')}>
                {model.rows.map((row) => (
                  <TimelineItem key={row.id} row={row} onSelect={() => setSelected(row.id)} />
                ))}
              </ol>
              {model.truncated && <p className="muted">{t.render(model.truncated)}</p>}
            </>
          )}
        </section>
        <Detail id={selected} refreshOn={overview} />
      </div>
    </div>
  );
}

function Filters(props: { filter: HistoryFilter; onChange(patch: Partial<HistoryFilter>): void }) {
  const t = useTranslator();
  const { filter, onChange } = props;
  const submit = (e: FormEvent): void => e.preventDefault();
  return (
    <form className="history-filters" aria-label={t.t('ui.history.filters')} onSubmit={submit}>
      <label>
        <span>{t.t('ui.history.range')}</span>
        <select
          value={filter.range}
          data-filter="range"
          onChange={(e) => onChange({ range: e.target.value as HistoryFilter['range'] })}
        >
          {historyRanges.map((r) => (
            <option key={r} value={r}>
              {t.t(`ui.history.range.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t.t('ui.history.category')}</span>
        <select
          value={filter.category}
          data-filter="category"
          onChange={(e) => onChange({ category: e.target.value as HistoryFilter['category'] })}
        >
          <option value="all">{t.t('ui.history.category.all')}</option>
          {faultCategories.map((c) => (
            <option key={c} value={c}>
              {t.t(`category.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t.t('ui.history.status')}</span>
        <select
          value={filter.status}
          data-filter="status"
          onChange={(e) => onChange({ status: e.target.value as HistoryFilter['status'] })}
        >
          <option value="all">{t.t('ui.history.status.all')}</option>
          <option value="open">{t.t('journal.status.open')}</option>
          <option value="closed">{t.t('journal.status.closed')}</option>
        </select>
      </label>
      <fieldset className="choice">
        <legend>{t.t('ui.history.kind')}</legend>
        {[false, true].map((practice) => (
          <label key={String(practice)}>
            <input
              type="radio"
              name="history-kind"
              data-filter={practice ? 'practice' : 'real'}
              checked={filter.practice === practice}
              onChange={() => onChange({ practice })}
            />
            {t.t(practice ? 'ui.history.kind.practice' : 'ui.history.kind.real')}
          </label>
        ))}
      </fieldset>
    </form>
  );
}

function TimelineItem(props: { row: TimelineRow; onSelect(): void }) {
  const t = useTranslator();
  const { row } = props;
  return (
    <li
      className={`timeline-item${row.open ? ' open' : ''}${row.practice ? ' practice' : ''}`}
      data-incident-id={row.id}
      data-status={row.open ? 'open' : 'closed'}
    >
      <button type="button" aria-pressed={row.selected} onClick={props.onSelect} data-action="select-incident">
        <span className="timeline-title">
          <strong>{t.t(row.titleKey)}</strong>
          {row.practice && <span className="tag practice-tag">{t.t('ui.history.practiceTag')}</span>}
          <span className={`tag ${row.open ? 'open-tag' : 'closed-tag'}`}>{t.t(row.statusKey)}</span>
        </span>
        <span className="muted small-text">
          {t.t('ui.history.started', { time: localTime(row.openedAt, t) })}
          {' · '}
          {row.closedAt ? t.t('ui.history.cleared', { time: localTime(row.closedAt, t) }) : t.t('ui.history.stillOpen')}
          {' · '}
          {row.minutes > 0 ? t.t('ui.history.duration', { minutes: row.minutes }) : t.t('ui.history.durationShort')}
        </span>
        {row.lastNote !== undefined && <span className="timeline-note">{row.lastNote}</span>}
      </button>
    </li>
  );
}

/** The selected incident: facts, its timeline, the readings at both ends, and the note field. */
function Detail(props: { id: string | undefined; refreshOn: unknown }) {
  const t = useTranslator();
  const navigate = useAppState((s) => s.navigate);
  const load = useCoreRequest('getIncident');
  const { run: runLoad } = load;
  const { id, refreshOn } = props;
  useEffect(() => {
    if (id) void runLoad({ id });
  }, [runLoad, id, refreshOn]);
  const incident = load.data?.incident.id === id ? load.data?.incident : undefined;
  const detail = incident ? incidentDetail(incident, t.has) : undefined;
  return (
    <section className="panel history-detail" aria-labelledby="history-detail-heading" data-detail-id={detail?.id}>
      <h2 id="history-detail-heading">{t.t('ui.history.details')}</h2>
      {!id && <p className="muted">{t.t('ui.history.pick')}</p>}
      {id && !detail && load.failure && <RequestFailureBanner failure={load.failure} />}
      {id && !detail && !load.failure && <p className="muted">{t.t('ui.history.detailsLoading')}</p>}
      {detail && (
        <>
          <h3 data-detail-status={detail.open ? 'open' : 'closed'}>
            {t.t(detail.titleKey)}
            {detail.practice && <span className="tag practice-tag">{t.t('ui.history.practiceTag')}</span>}
          </h3>
          {detail.explainKey && <p>{t.t(detail.explainKey)}</p>}
          <dl className="facts">
            {detail.facts.map((f) => (
              <div key={f.labelKey} className="fact">
                <dt>{t.t(f.labelKey)}</dt>
                <dd>{'time' in f.value ? localTime(f.value.time, t) : t.render(f.value)}</dd>
              </div>
            ))}
          </dl>
          <div className="step-actions">
            {detail.open && (
              <button
                type="button"
                onClick={() => navigate({ view: 'guide', params: { faultId: detail.faultId, guideId: detail.guide } })}
              >
                {t.t('ui.history.openGuide')}
              </button>
            )}
            {!detail.practice && (
              <button type="button" onClick={() => navigate({ view: 'support', params: { incidentId: detail.id } })}>
                {t.t('ui.history.askSupport')}
              </button>
            )}
          </div>
          <h3>{t.t('ui.history.timeline')}</h3>
          <ol className="plain incident-events">
            {detail.events.map((e, i) => (
              <li key={i} data-event={e.kind}>
                <span className="muted">{localTime(e.at, t)}</span> {renderRich(t, e.message)}
              </li>
            ))}
          </ol>
          <Readings titleKey="ui.history.readingsAtOpen" readings={detail.readingsAtOpen} />
          <Readings titleKey="ui.history.readingsAtClose" readings={detail.readingsAtClose} />
          <NoteField key={detail.id} id={detail.id} />
        </>
      )}
    </section>
  );
}

function Readings(props: { titleKey: string; readings: readonly Reading[] }) {
  const t = useTranslator();
  if (!props.readings.length) return null;
  return (
    <>
      <h3>{t.t(props.titleKey)}</h3>
      <ul className="plain incident-readings">
        {props.readings.map((r) => (
          <li key={r.id} data-check-id={r.id}>
            <strong>{checkDisplayName(r.id, t, r.details)}</strong>：{t.render(r.summary)}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The user's own words on the incident. Saved only when the journal says it was written to disk;
 * a refusal shows the journal's reason and keeps the text so nothing typed is lost.
 */
function NoteField(props: { id: string }) {
  const t = useTranslator();
  const save = useCoreRequest('addIncidentNote');
  const [text, setText] = useState('');
  const [state, setState] = useState<NoteState>({ kind: 'idle' });
  const fieldId = `note-${props.id}`;
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (save.busy) return;
    if (!text.trim()) return setState({ kind: 'empty' });
    setState({ kind: 'saving' });
    const answer = await save.run({ id: props.id, text });
    // A request that failed is said by the banner below (its own sentence per error code).
    if (!answer) return setState({ kind: 'idle' });
    setState(noteAnswered(answer));
    if (answer.saved) setText('');
  };
  const line = noteLine(state);
  return (
    <form className="note-form" onSubmit={(e) => void submit(e)} data-note-state={state.kind}>
      <label htmlFor={fieldId}>{t.t('ui.history.note.label')}</label>
      <textarea
        id={fieldId}
        rows={3}
        maxLength={2000}
        value={text}
        data-input="note"
        onChange={(e) => setText(e.target.value)}
      />
      <div className="step-actions">
        <button type="submit" className="primary" aria-disabled={save.busy || undefined} data-action="save-note">
          {t.t('ui.history.note.save')}
        </button>
        <span role="status" className={state.kind === 'failed' ? 'note-failed' : 'muted'}>
          {line ? renderRich(t, line) : ''}
        </span>
      </div>
      {save.failure && state.kind === 'idle' && <RequestFailureBanner failure={save.failure} />}
    </form>
  );
}
