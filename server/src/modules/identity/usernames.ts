// Generated usernames for pupils without e-mail: firstname.lastname + DDMM of birth (domain.md §3).

export function slugName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
}

export function baseUsername(firstName: string, lastName: string, birthdate: string): string {
  const [, month, day] = birthdate.split('-');
  return `${slugName(firstName)}.${slugName(lastName)}${day}${month}`;
}

/** The first free name: base, then base2, base3… */
export function pickUsername(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}
