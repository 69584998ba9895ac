import { useTranslation } from '../i18n/use-translation';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { MethodInput } from '../../electron/common/ipc/contract';
import { api, errorMessage } from './api';
import { usePlaybackActions } from './playback-context';
import { useSettings } from './settings-context';
import type { BodyArea } from '../../content/vocabulary';
import { PainAreas } from '../ui/PainAreas';
import { PainScale } from '../ui/PainScale';

type StartRequest = MethodInput<'startRoutine'>;
export interface BeginOptions {
  /** false: start without asking for a pain score first (the very first start, from the welcome). */
  checkIn?: boolean;
}
type Begin = (request: StartRequest, options?: BeginOptions) => Promise<boolean>;

const CheckInContext = createContext<Begin | null>(null);

/**
 * Starting a routine from the app goes through here: with check-ins on, the user is asked
 * (skippably) how much pain they feel first, and the score is recorded with the session.
 */
export function CheckInProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { start } = usePlaybackActions();
  const { settings, update } = useSettings();
  const [pending, setPending] = useState<{
    request: StartRequest;
    resolve: (ok: boolean) => void;
  } | null>(null);
  // Nothing chosen until the user chooses: a preset score would be recorded unasked.
  const [score, setScore] = useState<number | null>(null);
  const [areas, setAreas] = useState<BodyArea[]>([]);
  const [dontAsk, setDontAsk] = useState(false);
  /** Said when the score could not be kept: the routine still starts. */
  const [note, setNote] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (pending && !element.open) element.showModal();
    if (!pending && element.open) element.close();
  }, [pending]);

  const askFirst = settings?.checkIns === true && settings.checkInBeforeStart;
  const begin = useCallback<Begin>(
    (request, options) => {
      if (!askFirst || options?.checkIn === false) return start(request);
      setScore(null);
      setAreas([]);
      setDontAsk(false);
      return new Promise<boolean>((resolve) => setPending({ request, resolve }));
    },
    [askFirst, start],
  );

  const finish = async (withScore: boolean) => {
    if (!pending) return;
    const { request, resolve } = pending;
    setPending(null);
    if (dontAsk) void update({ checkInBeforeStart: false });
    setNote(null);
    const ok = await start(request);
    // The score is a courtesy to the user's records: failing to keep it never holds up the
    // routine they asked for.
    try {
      if (ok && withScore && score !== null) {
        const snapshot = await api().getPlayback();
        if (snapshot.sessionId) {
          await api().checkIn({
            sessionId: snapshot.sessionId,
            when: 'before',
            score,
            ...(areas.length > 0 ? { areas } : {}),
          });
        }
      }
    } catch (error) {
      setNote(t('checkIn.notSaved', { reason: errorMessage(error).replace(/\.$/, '') }));
    } finally {
      resolve(ok);
    }
  };

  return (
    <CheckInContext.Provider value={begin}>
      {children}
      {note && (
        <div className="notices check-in-note" role="status">
          <div className="notice notice-warning">
            <p>{note}</p>
            <button type="button" className="button small" onClick={() => setNote(null)}>
              {t('notice.dismiss')}
            </button>
          </div>
        </div>
      )}
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby="checkin-before-title"
        onCancel={(event) => {
          event.preventDefault();
          pending?.resolve(false);
          setPending(null);
        }}
      >
        <h2 id="checkin-before-title">{t('checkIn.title')}</h2>
        {/* The rest is drawn when asked: the closed dialog would be built with every screen. */}
        {pending && (
          <>
            <p className="muted">{t('checkIn.why')}</p>
            <PainScale label={t('checkIn.painNow')} value={score} onChange={setScore} />
            <PainAreas value={areas} onChange={setAreas} />
            <label className="toggle">
              <input
                type="checkbox"
                checked={dontAsk}
                onChange={(e) => setDontAsk(e.target.checked)}
              />
              <span>{t('checkIn.dontAsk')}</span>
            </label>
            {/* Skip and Save weigh the same: neither is the answer the app wants. */}
            <div className="dialog-actions">
              <button type="button" className="button" onClick={() => void finish(false)}>
                {t('checkIn.skip')}
              </button>
              <button
                type="button"
                className="button"
                disabled={score === null}
                onClick={() => void finish(true)}
              >
                {t('checkIn.save')}
              </button>
            </div>
          </>
        )}
      </dialog>
    </CheckInContext.Provider>
  );
}

/** Starts a routine, asking for a pain check-in first when the user has them on. */
export function useBeginRoutine(): Begin {
  const begin = useContext(CheckInContext);
  if (!begin) throw new Error('useBeginRoutine needs a CheckInProvider');
  return begin;
}
