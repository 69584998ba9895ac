import { useTranslation } from '../i18n/use-translation';
import { Info, TriangleAlert, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Notice } from '../../electron/common/ipc/contract';
import { api } from './api';
import './NoticeBanner.css';

/**
 * Shows what main has to tell the user (a restored settings file at start, a history write
 * that failed mid-session) until dismissed: taken at mount, and again whenever main says it
 * has more.
 */
export function NoticeBanner() {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(() => {
    let mounted = true;
    const take = () => {
      api()
        .takeNotices()
        .then((taken) => {
          if (!mounted || taken.length === 0) return;
          setNotices((shown) => [
            ...shown,
            ...taken.filter((notice) => !shown.some((s) => s.id === notice.id)),
          ]);
        })
        // Notices are a courtesy; the screens report their own failures.
        .catch(() => {});
    };
    take();
    const off = api().on('noticesChanged', take);
    return () => {
      mounted = false;
      off();
    };
  }, []);

  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.level}`}>
          {notice.level === 'info' ? (
            <Info aria-hidden="true" size={18} />
          ) : (
            <TriangleAlert aria-hidden="true" size={18} />
          )}
          <p>{notice.message}</p>
          <button
            type="button"
            className="icon-button"
            aria-label={t('notice.dismiss')}
            onClick={() => setNotices((shown) => shown.filter((n) => n.id !== notice.id))}
          >
            <X aria-hidden="true" size={16} />
          </button>
        </div>
      ))}
    </div>
  );
}
