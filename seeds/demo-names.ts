// First and last names for the demo classes (common French names, no real person).
export const FIRST_NAMES = [
  'Emma', 'Lucas', 'Chloé', 'Hugo', 'Léa', 'Louis', 'Manon', 'Nathan', 'Camille', 'Enzo', 'Sarah', 'Mathis',
  'Inès', 'Théo', 'Jade', 'Tom', 'Lola', 'Noah', 'Zoé', 'Raphaël', 'Louise', 'Gabriel', 'Alice', 'Arthur',
  'Lina', 'Jules', 'Ambre', 'Adam', 'Rose', 'Sacha', 'Anna', 'Maël', 'Juliette', 'Ethan', 'Romane', 'Paul',
  'Eva', 'Timéo', 'Nina', 'Yanis', 'Clara', 'Axel', 'Margaux', 'Léo', 'Agathe', 'Victor', 'Céleste', 'Aaron',
];

export const LAST_NAMES = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent',
  'Simon', 'Michel', 'Lefèvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard',
  'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Lefebvre', 'Faure', 'André',
  'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier', 'Garcia',
  'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Gautier', 'Masson',
];

/** A small deterministic generator so that every run seeds the same people. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
