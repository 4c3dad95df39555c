import { describe, expect, it } from 'vitest';
import { markdownToHtml, markdownToText } from './markdown';

describe('markdownToHtml', () => {
  it('sépare les paragraphes et garde les retours à la ligne', () => {
    expect(markdownToHtml('Premier\nsuite\n\nSecond')).toBe('<p>Premier<br>suite</p><p>Second</p>');
  });

  it('échappe le HTML, y compris dans le code', () => {
    expect(markdownToHtml('<script>alert("x")</script> & `<head>`')).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <code>&lt;head&gt;</code></p>',
    );
  });

  it('met en gras et en italique, sans toucher aux étoiles isolées', () => {
    expect(markdownToHtml('requête **……**:site et *vraiment* 3 * 4')).toBe(
      '<p>requête <strong>……</strong>:site et <em>vraiment</em> 3 * 4</p>',
    );
  });

  it('lie ? ! : ; et les guillemets au mot voisin par une espace insécable', () => {
    expect(markdownToHtml('Que faire ? « admis » : oui')).toBe('<p>Que faire\u00a0? «\u00a0admis\u00a0»\u00a0: oui</p>');
  });

  it('laisse le contenu du code tel quel', () => {
    expect(markdownToHtml('`**pas gras**`')).toBe('<p><code>**pas gras**</code></p>');
  });

  it('rend les blocs de code', () => {
    expect(markdownToHtml('Voici :\n\n```\nsi note ≥ 10 alors\n  afficher <b>\n```\n\nFin')).toBe(
      '<p>Voici\u00a0:</p><pre><code>si note ≥ 10 alors\n  afficher &lt;b&gt;</code></pre><p>Fin</p>',
    );
  });

  it('rend les listes à puces et numérotées', () => {
    expect(markdownToHtml('Fichiers :\n\n- `/a/b.html`\n- **c**\n\n1. un\n2. deux')).toBe(
      '<p>Fichiers\u00a0:</p><ul><li><code>/a/b.html</code></li><li><strong>c</strong></li></ul><ol><li>un</li><li>deux</li></ol>',
    );
  });

  it('crée les liens web mais refuse les autres protocoles', () => {
    expect(markdownToHtml('[Site](https://exemple.fr/?a=1&b=2)')).toBe(
      '<p><a href="https://exemple.fr/?a=1&amp;b=2" rel="noopener noreferrer" target="_blank">Site</a></p>',
    );
    expect(markdownToHtml('[piège](javascript:alert(1))')).not.toContain('<a');
    expect(markdownToHtml('[piège](//autre.site)')).not.toContain('<a');
  });
});

describe('markdownToText', () => {
  it('retire la mise en forme', () => {
    expect(markdownToText('Une **requête** avec `site:` et [un lien](https://x.fr) ?\n\n- a\n- b')).toBe(
      'Une requête avec site: et un lien\u00a0? a b',
    );
  });

  it('coupe les consignes longues à un mot', () => {
    const text = markdownToText('mot '.repeat(100), 40);
    expect(text.length).toBeLessThanOrEqual(41);
    expect(text.endsWith('mot…')).toBe(true);
  });
});
