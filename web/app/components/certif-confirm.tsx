// A button that asks before acting: ending a test, allowing a resume, deleting or finalising a session cannot be
// undone by a second click. A native <dialog>: focus kept inside, Échap closes it.
import { useId, useRef, type ReactNode } from 'react';

interface ConfirmButtonProps {
  /** The button's text. */
  label: string;
  /** A longer name for screen readers when several rows show the same button. */
  accessibleLabel?: string;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  danger?: boolean;
  secondary?: boolean;
  disabled?: boolean;
}

export function ConfirmButton({ label, accessibleLabel, title, message, confirmLabel, onConfirm, danger, secondary, disabled }: ConfirmButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const kind = danger ? 'button button-danger' : secondary ? 'button button-secondary' : 'button';
  return (
    <>
      <button type="button" className={kind} aria-label={accessibleLabel} disabled={disabled} onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      <dialog ref={dialog} className="certif-dialog" aria-labelledby={`${id}-titre`} aria-describedby={`${id}-message`}>
        <h2 id={`${id}-titre`}>{title}</h2>
        <div id={`${id}-message`}>{message}</div>
        <div className="actions">
          <button
            type="button"
            className={danger ? 'button button-danger' : 'button'}
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </button>
          <button type="button" className="button button-secondary" onClick={() => dialog.current?.close()}>Annuler</button>
        </div>
      </dialog>
    </>
  );
}
