import { useEffect, useState } from 'react';

/** A link shown in full (it can be selected and copied by hand) with a button that copies it. */
export function CopyLink({ url, label }: { url: string; label: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => {
    if (copied === null) return;
    const timer = setTimeout(() => setCopied(null), 4000);
    return () => clearTimeout(timer);
  }, [copied]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard (insecure context, refused permission): the link stays selectable by hand.
      setCopied(false);
    }
  }

  return (
    <div className="copy-link">
      <label htmlFor="lien-direct">{label}</label>
      <div className="copy-link-row">
        <input id="lien-direct" type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button button-secondary" onClick={copy}>Copier le lien</button>
      </div>
      <p role="status" className="copy-link-status">
        {copied === true && 'Lien copié.'}
        {copied === false && 'La copie a échoué : sélectionnez le lien et copiez-le.'}
      </p>
    </div>
  );
}
