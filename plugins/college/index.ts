// Collèges: rules that apply to organisations tagged COLLEGE.
import { definePlugin } from '../../server/src/plugin-api/index.js';

export default definePlugin({
  name: 'college',
  activeFor: { tags: ['COLLEGE'] },
  rules: {
    schoolLevelLabel: 'Collège',
    // Mandatory certification at the end of 3e, in the window the ministry sets each year (domain.md §4).
    certificationWindow: {
      audience: 'collèges',
      windows: [
        { schoolYear: 2021, start: '2022-03-07', end: '2022-05-27' },
        { schoolYear: 2025, start: '2026-03-16', end: '2026-06-13' },
      ],
    },
  },
});
