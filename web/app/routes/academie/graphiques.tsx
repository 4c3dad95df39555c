// The dashboard's charts. Drawn in the browser only (loaded once the page is hydrated): each one has a caption
// and a data table rendered by the server, which screen readers use instead of the drawing.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { calendarDate } from '../../lib/dates';
import { formatNumber, formatPercent } from './academie';

const HEIGHT = 320;
// A year with few weeks or few class levels would otherwise draw bars as wide as the chart.
const MAX_BAR = 56;
const CERTIFIABLE_COLOR = '#2a3a9c';
const CERTIFIED_COLOR = '#1d6b3a';
const WEEK_COLOR = '#0f6fbf';
// Level 0 in grey, then ever darker blues: the order reads without the legend.
const LEVEL_COLORS = ['#c9cbd6', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b', '#041c40'];

export interface ClassLevelRow { classLevel: string; certifiablePercentage: number; certifiedPercentage: number }
export interface LevelRow { competenceCode: string; levels: number[] }
export interface WeekRow { weekStart: string; certifications: number }

export function ClassLevelChart({ rows }: { rows: ClassLevelRow[] }) {
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <BarChart data={rows} margin={{ top: 10, right: 10, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="classLevel" />
        <YAxis domain={[0, 100]} unit=" %" width={60} />
        <Tooltip formatter={(value) => formatPercent(Number(value))} />
        <Legend />
        <Bar dataKey="certifiablePercentage" name="Certifiables" fill={CERTIFIABLE_COLOR} maxBarSize={MAX_BAR} />
        <Bar dataKey="certifiedPercentage" name="Certifiés" fill={CERTIFIED_COLOR} maxBarSize={MAX_BAR} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function LevelDistributionChart({ rows }: { rows: LevelRow[] }) {
  const levelCount = Math.max(0, ...rows.map((r) => r.levels.length));
  const levels = Array.from({ length: levelCount }, (_, level) => level);
  const data = rows.map((r) => ({ code: r.competenceCode, ...Object.fromEntries(r.levels.map((count, level) => [`n${level}`, count])) }));
  return (
    <ResponsiveContainer width="100%" height={HEIGHT + 40}>
      <BarChart data={data} margin={{ top: 10, right: 10, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="code" />
        <YAxis allowDecimals={false} width={60} tickFormatter={(value: number) => formatNumber(value)} />
        <Tooltip formatter={(value) => formatNumber(Number(value))} labelFormatter={(code) => `Compétence ${String(code)}`} />
        <Legend />
        {levels.map((level) => (
          <Bar key={level} dataKey={`n${level}`} name={`Niveau ${level}`} stackId="levels" fill={LEVEL_COLORS[level] ?? LEVEL_COLORS.at(-1)} maxBarSize={MAX_BAR} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** '2026-02-09' → « 09/02 ». */
const dayMonth = (isoDate: string) => calendarDate(isoDate).slice(0, 5);

export function WeeklyChart({ rows }: { rows: WeekRow[] }) {
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <BarChart data={rows} margin={{ top: 10, right: 10, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="weekStart" tickFormatter={(value: string) => dayMonth(value)} minTickGap={12} />
        <YAxis allowDecimals={false} width={60} />
        <Tooltip formatter={(value) => formatNumber(Number(value))} labelFormatter={(week) => `Semaine du ${calendarDate(String(week))}`} />
        <Bar dataKey="certifications" name="Certificats délivrés" fill={WEEK_COLOR} maxBarSize={MAX_BAR} />
      </BarChart>
    </ResponsiveContainer>
  );
}
