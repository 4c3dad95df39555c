// npm run content:check — validates the content pack and prints what it holds.
import { loadContent, ContentPackError } from '../server/src/modules/referential/load-content.js';
import { checkPlayability } from '../server/src/modules/referential/check-content.js';

try {
  const ref = loadContent(process.argv[2]);
  const report = checkPlayability(ref);
  for (const line of report.summary) console.log(line);
  if (report.problems.length) {
    console.error(`\n${report.problems.length} problème(s) :\n- ${report.problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log('Pack de contenu valide.');
} catch (e) {
  if (e instanceof ContentPackError) { console.error(e.message); process.exit(1); }
  throw e;
}
