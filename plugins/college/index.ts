// Collèges: the rules for organisations tagged COLLEGE (mandatory certification at the end of 3e).
import { definePlugin } from '../../server/src/plugin-api/index.js';

export default definePlugin({
  name: 'college',
  activeFor: { tags: ['COLLEGE'] },
  rules: {
    schoolLevelLabel: 'Collège',
    certificationWindow: {
      audience: 'collèges',
      windows: [
        { schoolYear: 2021, start: '2022-03-07', end: '2022-05-27', makeUpStart: '2022-05-30', makeUpEnd: '2022-06-03' },
        { schoolYear: 2025, start: '2026-03-16', end: '2026-06-13', makeUpStart: '2026-06-15', makeUpEnd: '2026-06-19' },
      ],
    },
    mandatoryCertification: {
      label: '3e',
      // A 3e class is named "3…" (3e1, 3EME B, 3 A), or its MEF code is one of the 3e codes (1031…).
      concerns: ({ division, mefCode }) => /^3/i.test(division?.trim() ?? '') || /^1031/.test(mefCode ?? ''),
    },
    sessionRules: { maxCandidatesPerInvigilator: 20, maxSessionMinutes: 120 },
    targetProfileCatalogue: { namePrefixes: ['[CLG]'] },
  },
});
