// A dossier may mix languages: German, French and Spanish figures and dates read like English ones.
import { describe, expect, it } from 'vitest';
import { compareDates, compareFigures, findDates, findFigures } from '../../../shared/values';

const figures = (s: string) => findFigures(s).map((f) => [f.text, f.value, f.unit]);
const dates = (s: string, articleDate?: string) => findDates(s, articleDate).map((d) => [d.text, d.value]);

describe('German', () => {
  it('reads figures', () => {
    expect(figures('Zwei Millionen Menschen und fünfundzwanzig Soldaten.')).toEqual([
      ['Zwei Millionen', 2_000_000, 'people'],
      ['fünfundzwanzig', 25, 'soldaten'],
    ]);
    expect(figures('Dabei starben elf Menschen.')).toEqual([['elf', 11, 'people']]);
    expect(figures('Das Schiff ist 118 Meter lang.')).toEqual([['118 Meter', 118, 'm']]);
    expect(figures('Der Fonds hat 2,5 Millionen Euro.')).toEqual([['2,5 Millionen Euro', 2_500_000, 'eur']]);
    expect(figures('Die Preise stiegen um 8 Prozent.')).toEqual([['8 Prozent', 8, '%']]);
    expect(figures('Es waren mehr als 400 Menschen.')).toEqual([['mehr als 400', 400, 'people']]);
    expect(figures('Es kamen rund 40.000 Gäste auf die Insel.')).toEqual([['rund 40.000', 40_000, 'gäste']]);
  });

  it('reads dates', () => {
    expect(dates('Am 3. Oktober 2023 und im März 2024.')).toEqual([
      ['3. Oktober 2023', '2023-10-03'],
      ['März 2024', '2024-03'],
    ]);
    expect(dates('Das Feuer brach am Montag aus.', '2025-07-16')).toEqual([['Montag', '2025-07-14']]);
    expect(dates('Es geschah gestern.', '2025-07-16')).toEqual([['gestern', '2025-07-15']]);
    expect(dates('Das war im vergangenen Jahr.', '2025-07-16')).toEqual([['vergangenen Jahr', '2024']]);
  });
});

describe('French', () => {
  it('reads figures', () => {
    expect(figures('Vingt et un morts et quatre-vingt-dix-neuf blessés.')).toEqual([
      ['Vingt et un', 21, 'mort'],
      ['quatre-vingt-dix-neuf', 99, 'blessé'],
    ]);
    expect(figures('Il y avait 41 personnes.')).toEqual([['41', 41, 'people']]);
    expect(figures('Les prix ont augmenté de 8 pour cent.')).toEqual([['8 pour cent', 8, '%']]);
    expect(figures('Environ 500 maisons.')).toEqual([['Environ 500', 500, 'maison']]);
    expect(figures('Il a coûté deux millions d’euros.')).toEqual([
      ['deux millions d’euros', 2_000_000, 'eur'],
    ]);
  });

  it('reads dates', () => {
    expect(dates('Le ferry a été mis en service en 2004.')).toEqual([['2004', '2004']]);
    expect(figures('Le feu a pris vers 21 h 40, une heure après le départ.')).toEqual([]);
    expect(dates('Le feu a éclaté lundi 14 juillet.')).toEqual([['lundi 14 juillet', '--07-14']]);
    expect(dates("C'est arrivé hier.", '2025-07-22')).toEqual([['hier', '2025-07-21']]);
    expect(dates('La semaine prochaine.', '2025-07-22')).toEqual([['La semaine prochaine', '2025-W31']]);
  });
});

describe('Spanish', () => {
  it('reads figures', () => {
    expect(figures('Murieron treinta y cinco personas.')).toEqual([['treinta y cinco', 35, 'people']]);
    expect(figures('Hubo once heridos.')).toEqual([['once', 11, 'herido']]);
    expect(figures('Costó dos mil millones de euros.')).toEqual([
      ['dos mil millones de euros', 2_000_000_000, 'eur'],
    ]);
    expect(figures('Más de 500 casas.')).toEqual([['Más de 500', 500, 'casa']]);
  });

  it('reads dates', () => {
    expect(dates('Llegó el 5 de marzo de 2024.')).toEqual([['5 de marzo de 2024', '2024-03-05']]);
    expect(dates('Ocurrió ayer.', '2025-07-22')).toEqual([['ayer', '2025-07-21']]);
    expect(dates('Ocurrió el año pasado.', '2025-07-22')).toEqual([['el año pasado', '2024']]);
  });
});

describe('across languages', () => {
  it('compares a figure and a date written in two languages', () => {
    const [de] = findFigures('Das Schiff ist 118 Meter lang.');
    const [en] = findFigures('The ship is 118 m long.');
    expect(compareFigures(de!, en!).relation).toBe('same');
    const [fr] = findDates('Le feu a éclaté lundi 14 juillet.', '2025-07-22');
    const [enDate] = findDates('The fire broke out on July 14.', '2025-07-16');
    expect(compareDates(fr!, enDate!).relation).toBe('same');
  });
});
