import type { InstitutionType, Region, ServiceType } from '@sanad/core';

/**
 * The demo's institution network: in every region, one of each kind a woman may be referred to,
 * seated in the region's capital, as the real network is (court cells, police and gendarmerie
 * cells, hospital units, EMF centres, shelters, NGO listening centres, ANAPEC, OFPPT, and a
 * business-creation programme). Names, codes and focal points are illustrative, not a
 * directory of real offices or people.
 */
export interface DemoInstitution {
  type: InstitutionType;
  name: string;
  agency: string;
  /** The institution's code is `<codePrefix>-<region code>` (e.g. `EMF-06`). */
  codePrefix: string;
  services: ServiceType[];
  open247: boolean;
  /** Office hours in the stored shape core reads; absent for 24/7 institutions. */
  openingHours?: DemoHours;
  areaTypes: ('urban' | 'rural')[];
  /** `region`: covers every province of the region; `seat`: its own province only. */
  coverage: 'region' | 'seat';
  capacityTotal?: number;
  /** The focal point's function at the institution (the person is made up per region). */
  focalRole: string;
}

export type DemoHours =
  | { days: string; weekdays: string }
  | { week: Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', string>> };

/** French names of each region's capital province, as in the territory data. */
export const REGION_SEATS: Readonly<Record<string, string>> = {
  '01': 'Tanger-Assilah',
  '02': 'Oujda-Angad',
  '03': 'Fès',
  '04': 'Rabat',
  '05': 'Béni Mellal',
  '06': 'Casablanca',
  '07': 'Marrakech',
  '08': 'Errachidia',
  '09': 'Agadir Ida-Outanane',
  '10': 'Guelmim',
  '11': 'Laâyoune',
  '12': 'Oued Ed-Dahab',
};

/**
 * Shelter beds per region, roughly following population: the large cities' centres are bigger.
 * EMF centres keep a dozen places for a few nights' stay.
 */
const SHELTER_BEDS: Readonly<Record<string, number>> = {
  '01': 30,
  '02': 24,
  '03': 30,
  '04': 36,
  '05': 20,
  '06': 40,
  '07': 32,
  '08': 16,
  '09': 28,
  '10': 12,
  '11': 14,
  '12': 10,
};
const EMF_PLACES = 12;

const OFFICE: DemoHours = { days: 'mon-fri', weekdays: '08:30-16:30' };

/** Made-up focal points, one per institution, picked per region so regions differ. */
const FOCAL_NAMES = [
  'Latifa Bennani',
  'Khadija El Idrissi',
  'Nadia Amrani',
  'Samira Tazi',
  'Hind Alaoui',
  'Meryem Chraibi',
  'Zineb Berrada',
  'Fatima-Zahra Ouazzani',
  'Souad El Fassi',
  'Imane Benjelloun',
  'Rachid Lahlou',
  'Hassan Kettani',
  'Amina Sebti',
];

export function focalNameFor(regionIndex: number, institutionIndex: number): string {
  return FOCAL_NAMES[(regionIndex * 3 + institutionIndex) % FOCAL_NAMES.length] ?? 'Point focal';
}

/**
 * Free places now: mostly a few, and full in some regions, so the demo's routing shows both a
 * centre with beds and one without.
 */
export function demoFreePlaces(total: number, regionIndex: number): number {
  return regionIndex % 4 === 3
    ? 0
    : Math.max(1, Math.round(total * (0.1 + (regionIndex % 3) * 0.1)));
}

export function demoInstitutionsFor(region: Region, seatName: string): DemoInstitution[] {
  const city = seatName;
  return [
    {
      type: 'prosecution_cell',
      name: `Cellule de prise en charge des femmes victimes de violence — Tribunal de première instance de ${city}`,
      agency: 'Présidence du Ministère Public',
      codePrefix: 'TPI-CELL',
      services: ['listening', 'orientation', 'accompaniment', 'legal'],
      open247: false,
      openingHours: OFFICE,
      areaTypes: ['urban', 'rural'],
      coverage: 'region',
      focalRole: 'Substitut du procureur du Roi, point focal de la cellule',
    },
    {
      type: 'dgsn_cell',
      name: `Cellule DGSN de prise en charge des femmes victimes de violence — ${city}`,
      agency: 'Direction Générale de la Sûreté Nationale',
      codePrefix: 'DGSN-CELL',
      services: ['listening', 'orientation', 'accompaniment'],
      open247: true,
      areaTypes: ['urban'],
      coverage: 'seat',
      focalRole: 'Officière de police judiciaire, cellule femmes et enfants',
    },
    {
      type: 'gendarmerie_cell',
      name: `Cellule de la Gendarmerie Royale — ${region.name.fr}`,
      agency: 'Gendarmerie Royale',
      codePrefix: 'GR-CELL',
      services: ['listening', 'orientation', 'accompaniment'],
      open247: true,
      areaTypes: ['rural'],
      coverage: 'region',
      focalRole: 'Adjudant-chef, point focal de la cellule',
    },
    {
      type: 'hospital_unit',
      name: `Unité intégrée de prise en charge des femmes victimes de violence — Hôpital régional de ${city}`,
      agency: 'Ministère de la Santé et de la Protection Sociale',
      codePrefix: 'UIPF',
      services: ['medical', 'psychological', 'listening', 'orientation'],
      open247: true,
      areaTypes: ['urban', 'rural'],
      coverage: 'region',
      focalRole: "Médecin coordinatrice de l'unité",
    },
    {
      type: 'emf_centre',
      name: `Établissement multifonctionnel pour les femmes de ${city}`,
      agency: 'Entraide Nationale',
      codePrefix: 'EMF',
      services: ['listening', 'orientation', 'accompaniment', 'shelter', 'economic_support'],
      open247: false,
      openingHours: {
        week: {
          mon: '08:30-16:30',
          tue: '08:30-16:30',
          wed: '08:30-16:30',
          thu: '08:30-16:30',
          fri: '08:30-16:30',
          sat: '09:00-12:00',
        },
      },
      areaTypes: ['urban', 'rural'],
      coverage: 'seat',
      capacityTotal: EMF_PLACES,
      focalRole: "Directrice de l'établissement",
    },
    {
      type: 'shelter',
      name: `Centre d'hébergement pour femmes en situation difficile — ${city}`,
      agency: 'Ministère de la Solidarité, de l’Insertion Sociale et de la Famille',
      codePrefix: 'CHF',
      services: ['shelter', 'listening', 'psychological', 'accompaniment'],
      open247: true,
      areaTypes: ['urban', 'rural'],
      coverage: 'region',
      capacityTotal: SHELTER_BEDS[region.code] ?? 20,
      focalRole: 'Directrice du centre',
    },
    {
      type: 'ngo_listening_centre',
      name: `Centre d'écoute et d'orientation juridique — Association ${region.name.fr}`,
      agency: 'Association (société civile)',
      codePrefix: 'ONG-ECOUTE',
      services: ['listening', 'orientation', 'legal', 'psychological'],
      open247: false,
      openingHours: { days: 'mon-fri', weekdays: '09:00-12:30,14:00-18:00' },
      areaTypes: ['urban', 'rural'],
      coverage: 'region',
      focalRole: "Coordinatrice du centre d'écoute",
    },
    {
      type: 'employment_agency',
      name: `Agence ANAPEC de ${city}`,
      agency: "Agence Nationale de Promotion de l'Emploi et des Compétences",
      codePrefix: 'ANAPEC',
      services: ['economic_support', 'orientation'],
      open247: false,
      openingHours: OFFICE,
      areaTypes: ['urban', 'rural'],
      coverage: 'region',
      focalRole: 'Conseillère en emploi, référente femmes',
    },
    {
      type: 'vocational_training',
      name: `Institut de formation professionnelle OFPPT — ${city}`,
      agency: 'Office de la Formation Professionnelle et de la Promotion du Travail',
      codePrefix: 'OFPPT',
      services: ['economic_support'],
      open247: false,
      openingHours: { days: 'mon-fri', weekdays: '08:00-18:00' },
      areaTypes: ['urban', 'rural'],
      coverage: 'region',
      focalRole: "Chargée de l'orientation des stagiaires",
    },
    {
      type: 'business_creation_programme',
      name: `Programme d'appui à l'entrepreneuriat féminin — ${region.name.fr}`,
      agency: 'Initiative Nationale pour le Développement Humain',
      codePrefix: 'INDH-AGR',
      services: ['economic_support'],
      open247: false,
      openingHours: OFFICE,
      areaTypes: ['urban', 'rural'],
      coverage: 'region',
      focalRole: 'Chargé de programme, activités génératrices de revenus',
    },
  ];
}

/** National bodies: the 24/7 helpline and the ministry's central cell (codes without region). */
export const NATIONAL_INSTITUTIONS: readonly DemoInstitution[] = [
  {
    type: 'helpline',
    name: 'Ligne d’écoute nationale 8350',
    agency: 'Union Nationale des Femmes du Maroc',
    codePrefix: 'LIGNE-8350',
    services: ['listening', 'orientation', 'accompaniment', 'psychological'],
    open247: true,
    areaTypes: ['urban', 'rural'],
    coverage: 'region',
    focalRole: 'Superviseure de la ligne d’écoute',
  },
  {
    type: 'ministry',
    name: 'Cellule centrale de prise en charge des femmes victimes de violence',
    agency: 'Ministère de la Solidarité, de l’Insertion Sociale et de la Famille',
    codePrefix: 'MSISF-CC',
    services: ['orientation', 'accompaniment'],
    open247: false,
    openingHours: OFFICE,
    areaTypes: ['urban', 'rural'],
    coverage: 'region',
    focalRole: 'Cheffe de la cellule centrale',
  },
];
