import { Info, TriangleAlert, X } from 'lucide-react';
import type { Notice } from '../../electron/common/ipc/contract';
import { api } from './api';
import { useMainData } from './use-main-data';
import './NoticeBanner.css';

/** Shows what main has to tell the user once (a restored settings file, say) until dismissed. */
export function NoticeBanner() {
  // Taken once from main. Notices are a courtesy; the screens report their own failures.
  const taken = useMainData<Notice[]>(() => api().takeNotices());
  const notices = taken.data ?? [];

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
            aria-label="Dismiss"
            onClick={() => taken.replace(notices.filter((n) => n.id !== notice.id))}
          >
            <X aria-hidden="true" size={16} />
          </button>
        </div>
      ))}
    </div>
  );
}
