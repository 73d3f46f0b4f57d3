import type { RegionId } from '../model/policy';

/** A real city or territory and its country, filed under its UCLG regional section. */
export interface DemoPlace {
  city: string;
  country: string;
  region: RegionId;
  /**
   * The same name as people also type it: without accents, in capitals, with a stray space. The stats count
   * them as one city (case-, accent- and spacing-insensitive); a demo without them could not show that.
   */
  variants?: string[];
  /** Joined the register recently and has not mapped any policy yet: counted in `cities`, not in the campaign. */
  newcomer?: true;
}

/** Spellings of the same city met in real registers (only case, accents and spacing differ from `city`). */
const VARIANTS: Record<string, string[]> = {
  Bogotá: ['Bogota', 'BOGOTÁ'],
  Medellín: ['Medellin'],
  'São Paulo': ['Sao Paulo', 'SÃO PAULO'],
  Montréal: ['Montreal', 'montréal'],
  Asunción: ['Asuncion'],
  'Quezon City': ['Quezon city', 'Quezon  City'],
  Gaziantep: ['GAZIANTEP'],
  Nantes: ['nantes ', 'NANTES'],
  'Ho Chi Minh City': ['Ho Chi Minh city'],
};

/** Real cities and territories that have joined a human-rights-city network but not yet mapped a policy. */
const NEWCOMERS: [string, string, RegionId][] = [
  ['Mombasa', 'Kenya', 'africa'],
  ['Davao City', 'Philippines', 'asia-pacific'],
  ['Samarkand', 'Uzbekistan', 'eurasia'],
  ['Sevilla', 'Spain', 'europe'],
  ['Cuenca', 'Ecuador', 'latin-america'],
  ['Tripoli', 'Lebanon', 'mewa'],
  ['Québec', 'Canada', 'north-america'],
];

const byRegion: Record<RegionId, [string, string][]> = {
  africa: [
    ['Dakar', 'Senegal'], ['Abidjan', "Côte d'Ivoire"], ['Johannesburg', 'South Africa'], ['Nairobi', 'Kenya'],
    ['Kigali', 'Rwanda'], ['Accra', 'Ghana'], ['Lagos', 'Nigeria'], ['Addis Ababa', 'Ethiopia'], ['Maputo', 'Mozambique'],
    ['Douala', 'Cameroon'], ['Bamako', 'Mali'], ['Kampala', 'Uganda'], ['Rabat', 'Morocco'], ['Sfax', 'Tunisia'],
    ['eThekwini (Durban)', 'South Africa'], ['Kisumu County', 'Kenya'], ['Ouagadougou', 'Burkina Faso'], ['Praia', 'Cabo Verde'],
  ],
  'asia-pacific': [
    ['Gwangju', 'Republic of Korea'], ['Seoul', 'Republic of Korea'], ['Gyeonggi Province', 'Republic of Korea'],
    ['Jakarta', 'Indonesia'], ['Surabaya', 'Indonesia'], ['Quezon City', 'Philippines'], ['Kathmandu', 'Nepal'],
    ['Dhaka North', 'Bangladesh'], ['Bengaluru', 'India'], ['Yokohama', 'Japan'], ['Melbourne', 'Australia'],
    ['Auckland', 'New Zealand'], ['Ho Chi Minh City', 'Viet Nam'], ['Kuala Lumpur', 'Malaysia'], ['Colombo', 'Sri Lanka'],
    ['Penang Island', 'Malaysia'], ['Wuhan', 'China'],
  ],
  eurasia: [
    ['Kazan', 'Russian Federation'], ['Almaty', 'Kazakhstan'], ['Bishkek', 'Kyrgyzstan'], ['Tbilisi', 'Georgia'],
    ['Yerevan', 'Armenia'], ['Baku', 'Azerbaijan'], ['Tashkent', 'Uzbekistan'], ['Dushanbe', 'Tajikistan'],
    ['Minsk', 'Belarus'], ['Ufa', 'Russian Federation'], ['Novosibirsk', 'Russian Federation'], ['Astana', 'Kazakhstan'],
    ['Gyumri', 'Armenia'], ['Osh', 'Kyrgyzstan'],
  ],
  europe: [
    ['Barcelona', 'Spain'], ['Vienna', 'Austria'], ['Utrecht', 'Netherlands'], ['Graz', 'Austria'], ['Nantes', 'France'],
    ['Grenoble', 'France'], ['Strasbourg', 'France'], ['Lund', 'Sweden'], ['Bologna', 'Italy'], ['Madrid', 'Spain'],
    ['Lisbon', 'Portugal'], ['York', 'United Kingdom'], ['Ghent', 'Belgium'], ['Berlin', 'Germany'], ['Lyon', 'France'],
    ['Bilbao', 'Spain'], ['Province of Barcelona', 'Spain'], ['Brussels-Capital Region', 'Belgium'], ['Canton of Geneva', 'Switzerland'],
    ['Saint-Denis', 'France'],
  ],
  'latin-america': [
    ['Mexico City', 'Mexico'], ['Bogotá', 'Colombia'], ['Medellín', 'Colombia'], ['Porto Alegre', 'Brazil'],
    ['São Paulo', 'Brazil'], ['Montevideo', 'Uruguay'], ['Buenos Aires', 'Argentina'], ['Rosario', 'Argentina'],
    ['Quito', 'Ecuador'], ['Lima', 'Peru'], ['Santiago', 'Chile'], ['La Paz', 'Bolivia'], ['Asunción', 'Paraguay'],
    ['San José', 'Costa Rica'], ['Guatemala City', 'Guatemala'], ['State of Jalisco', 'Mexico'], ['Municipio de Canelones', 'Uruguay'],
  ],
  mewa: [
    ['Gaziantep', 'Türkiye'], ['Istanbul', 'Türkiye'], ['Izmir', 'Türkiye'], ['Mersin', 'Türkiye'], ['Amman', 'Jordan'],
    ['Irbid', 'Jordan'], ['Beirut', 'Lebanon'], ['Byblos', 'Lebanon'], ['Ramallah', 'Palestine'], ['Bethlehem', 'Palestine'],
    ['Erbil', 'Iraq'], ['Tehran', 'Iran'], ['Isfahan', 'Iran'], ['Sulaymaniyah', 'Iraq'],
  ],
  'north-america': [
    ['Montréal', 'Canada'], ['Toronto', 'Canada'], ['Vancouver', 'Canada'], ['Edmonton', 'Canada'], ['Winnipeg', 'Canada'],
    ['Halifax', 'Canada'], ['Pittsburgh', 'United States'], ['Washington, D.C.', 'United States'], ['Eugene', 'United States'],
    ['Boston', 'United States'], ['Seattle', 'United States'], ['Chicago', 'United States'], ['Gatineau', 'Canada'],
  ],
};

export const DEMO_PLACES: DemoPlace[] = [
  ...Object.entries(byRegion).flatMap(([region, places]) =>
    places.map(([city, country]): DemoPlace => (VARIANTS[city] ? { city, country, region: region as RegionId, variants: VARIANTS[city] } : { city, country, region: region as RegionId })),
  ),
  ...NEWCOMERS.map(([city, country, region]): DemoPlace => ({ city, country, region, newcomer: true })),
];
