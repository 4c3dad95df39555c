// Lycées (général, technologique et professionnel): the rules for organisations tagged LYCEE or LYCEE_PRO
// (mandatory certification in Terminale, CAP, BTS and CPGE).
import { definePlugin } from '../../server/src/plugin-api/index.js';

export default definePlugin({
  name: 'lycee',
  activeFor: { tags: ['LYCEE', 'LYCEE_PRO'] },
  rules: {
    schoolLevelLabel: 'Lycée',
    certificationWindow: {
      audience: 'lycées',
      windows: [
        { schoolYear: 2020, start: '2021-01-11', end: '2021-05-20', makeUpStart: '2021-05-25', makeUpEnd: '2021-05-28' },
        { schoolYear: 2025, start: '2025-11-03', end: '2026-03-06', makeUpStart: '2026-03-09', makeUpEnd: '2026-03-13' },
      ],
    },
    mandatoryCertification: {
      label: 'Terminale, CAP, BTS, CPGE',
      // Class names (T1, TLE STMG, TERM A, 2CAP…, BTS…, MPSI/PCSI/ECG… for CPGE) or MEF codes of final years.
      concerns: ({ division, mefCode }) => {
        const d = (division ?? '').trim().toUpperCase();
        return /^(T\d|TLE|TERM|T[ -])/.test(d) || /CAP/.test(d) || /BTS/.test(d) || /^(MPSI|PCSI|MP2I|PTSI|TSI|BCPST|ECG|ECT|MP|PC|PSI|PT|HK|KH|CPGE)/.test(d)
          || /^(202|247|311|320|301)/.test(mefCode ?? '');
      },
    },
    sessionRules: { maxCandidatesPerInvigilator: 20, maxSessionMinutes: 120 },
    targetProfileCatalogue: { namePrefixes: ['[LGT]', '[LP]'] },
  },
});
