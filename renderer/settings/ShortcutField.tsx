import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { api, errorMessage } from '../app/api';
import { i18n } from '../i18n/i18n';
import type { Shortcuts } from '../../electron/common/settings-schema';
import './ShortcutField.css';

const isMac = navigator.userAgent.includes('Mac');

/** "CommandOrControl+Alt+P" as this computer's keyboard names it, in the language shown. */
export function shortcutText(accelerator: string): string {
  const ctrl = i18n.t('settings:shortcutField.keys.ctrl');
  return accelerator
    .split('+')
    .map((part) => {
      if (part === 'CommandOrControl') {
        return isMac ? i18n.t('settings:shortcutField.keys.cmd') : ctrl;
      }
      if (part === 'Control') return ctrl;
      if (part === 'Shift') return i18n.t('settings:shortcutField.keys.shift');
      return part;
    })
    .join('+');
}

/** The key a press names, as Electron spells it, or null for a modifier alone. */
function keyOf(event: KeyboardEvent): string | null {
  const { code } = event;
  if (/^Key[A-Z]$/.test(code)) return code.slice(3);
  if (/^Digit[0-9]$/.test(code)) return code.slice(5);
  if (/^F([1-9]|1[0-9]|2[0-4])$/.test(code)) return code;
  return null;
}

function acceleratorOf(event: KeyboardEvent): string | null {
  const key = keyOf(event);
  if (!key) return null;
  const parts: string[] = [];
  if (isMac ? event.metaKey : event.ctrlKey) parts.push('CommandOrControl');
  if (isMac && event.ctrlKey) parts.push('Control');
  if (event.altKey) parts.push('Alt');
  if (event.shiftKey) parts.push('Shift');
  if (!isMac && event.metaKey) parts.push('Super');
  return [...parts, key].join('+');
}

/**
 * A system-wide shortcut, changed by pressing the new keys in the field. Tab still moves on,
 * so the keyboard is never trapped; main checks the choice and its refusal is shown here.
 */
export function ShortcutField(props: {
  id: string;
  label: string;
  which: keyof Shortcuts;
  shortcuts: Shortcuts;
}) {
  const { t } = useTranslation('settings');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Tab') return;
    event.preventDefault();
    const accelerator = acceleratorOf(event);
    if (!accelerator) return;
    setSaved(false);
    try {
      await api().updateSettings({ shortcuts: { ...props.shortcuts, [props.which]: accelerator } });
      setProblem(null);
      setSaved(true);
    } catch (failure) {
      setProblem(
        t('shortcutField.problem', {
          keys: shortcutText(accelerator),
          message: errorMessage(failure),
        }),
      );
    }
  };
  const hintId = `${props.id}-hint`;
  return (
    <div className="field shortcut-field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        className="shortcut-input"
        readOnly
        value={shortcutText(props.shortcuts[props.which])}
        aria-describedby={hintId}
        onKeyDown={(event) => void onKeyDown(event)}
      />
      <p
        id={hintId}
        className={problem ? 'field-error' : 'muted small-print'}
        role={problem ? 'alert' : undefined}
      >
        {problem ?? (saved ? t('shortcutField.saved') : t('shortcutField.prompt'))}
      </p>
    </div>
  );
}
