import type { InstitutionType, Region, ServiceType } from '@sanad/core';

/**
 * The demo's institution network: in every region, one of each kind a woman may be referred to,
 * seated in the region's capital, as the real network is (court cells, police and gendarmerie
 * cells, hospital units, EMF centres, shelters, NGO listening centres, ANAPEC, OFPPT, and a
 * business-creation programme). Names are illustrative, not a directory of real offices.
 */
export interface DemoInstitution {
  type: InstitutionType;
  name: string;
  agency: string;
  services: ServiceType[];
  open247: boolean;
  areaTypes: ('urban' | 'rural')[];
  /** `region`: covers every province of the region; `seat`: its own province only. */
  coverage: 'region' | 'seat';
  capacityTotal?: number;
}

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

export function demoInstitutionsFor(region: Region, seatName: string): DemoInstitution[] {
  const city = seatName;
  return [
    {
      type: 'prosecution_cell',
      name: `Cellule de prise en charge des femmes victimes de violence — Tribunal de première instance de ${city}`,
      agency: 'Présidence du Ministère Public',
      services: ['listening', 'orientation', 'accompaniment', 'legal'],
      open247: false,
      areaTypes: ['urban', 'rural'],
      coverage: 'region',
    },
    {
      type: 'dgsn_cell',
      name: `Cellule DGSN de prise en charge des femmes victimes de violence — ${city}`,
      agency: 'Direction Générale de la Sûreté Nationale',
      services: ['listening', 'orientation', 'accompaniment'],
      open247: true,
      areaTypes: ['urban'],
      coverage: 'seat',
    },
    {
      type: 'gendarmerie_cell',
      name: `Cellule de la Gendarmerie Royale — ${region.name.fr}`,
      agency: 'Gendarmerie Royale',
      services: ['listening', 'orientation', 'accompaniment'],
      open247: true,
      areaTypes: ['rural'],
      coverage: 'region',
    },
    {
      type: 'hospital_unit',
      name: `Unité intégrée de prise en charge des femmes victimes de violence — Hôpital régional de ${city}`,
      agency: 'Ministère de la Santé et de la Protection Sociale',
      services: ['medical', 'psychological', 'listening', 'orientation'],
      open247: true,
      areaTypes: ['urban', 'rural'],
      coverage: 'region',
    },
    {
      type: 'emf_centre',
      name: `Établissement multifonctionnel pour les femmes de ${city}`,
      agency: 'Entraide Nationale',
      services: ['listening', 'orientation', 'accompaniment', 'shelter', 'economic_support'],
      open247: false,
      areaTypes: ['urban', 'rural'],
      coverage: 'seat',
      capacityTotal: 12,
    },
    {
      type: 'shelter',
      name: `Centre d'hébergement pour femmes en situation difficile — ${city}`,
      agency: 'Ministère de la Solidarité, de l’Insertion Sociale et de la Famille',
      services: ['shelter', 'listening', 'psychological', 'accompaniment'],
      open247: true,
      areaTypes: ['urban', 'rural'],
      coverage: 'region',
      capacityTotal: 20,
    },
    {
      type: 'ngo_listening_centre',
      name: `Centre d'écoute et d'orientation juridique — Association ${region.name.fr}`,
      agency: 'Association (société civile)',
      services: ['listening', 'orientation', 'legal', 'psychological'],
      open247: false,
      areaTypes: ['urban', 'rural'],
      coverage: 'region',
    },
    {
      type: 'employment_agency',
      name: `Agence ANAPEC de ${city}`,
      agency: "Agence Nationale de Promotion de l'Emploi et des Compétences",
      services: ['economic_support', 'orientation'],
      open247: false,
      areaTypes: ['urban', 'rural'],
      coverage: 'region',
    },
    {
      type: 'vocational_training',
      name: `Institut de formation professionnelle OFPPT — ${city}`,
      agency: 'Office de la Formation Professionnelle et de la Promotion du Travail',
      services: ['economic_support'],
      open247: false,
      areaTypes: ['urban', 'rural'],
      coverage: 'region',
    },
    {
      type: 'business_creation_programme',
      name: `Programme d'appui à l'entrepreneuriat féminin — ${region.name.fr}`,
      agency: 'Initiative Nationale pour le Développement Humain',
      services: ['economic_support'],
      open247: false,
      areaTypes: ['urban', 'rural'],
      coverage: 'region',
    },
  ];
}

/** National bodies: the 24/7 helpline and the ministry's central cell. */
export const NATIONAL_INSTITUTIONS: readonly DemoInstitution[] = [
  {
    type: 'helpline',
    name: 'Ligne d’écoute nationale 8350',
    agency: 'Union Nationale des Femmes du Maroc',
    services: ['listening', 'orientation', 'accompaniment', 'psychological'],
    open247: true,
    areaTypes: ['urban', 'rural'],
    coverage: 'region',
  },
  {
    type: 'ministry',
    name: 'Cellule centrale de prise en charge des femmes victimes de violence',
    agency: 'Ministère de la Solidarité, de l’Insertion Sociale et de la Famille',
    services: ['orientation', 'accompaniment'],
    open247: false,
    areaTypes: ['urban', 'rural'],
    coverage: 'region',
  },
];
