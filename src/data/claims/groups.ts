import { table } from '../table.js';

/** Nouns for people a figure can count. A capitalised plural noun (a demonym: "Syrians") counts too. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'person', 'civilians', 'civilian', 'children', 'child', 'kids', 'minors', 'babies', 'infants',
  'women', 'woman', 'men', 'man', 'girls', 'boys', 'girl', 'boy', 'adults', 'elderly', 'residents', 'resident',
  'inhabitants', 'villagers', 'locals', 'individuals', 'individual', 'refugees', 'refugee', 'migrants', 'migrant',
  'idps', 'idp', 'evacuees', 'asylum-seekers', 'seekers', 'others', 'victims', 'victim', 'survivors', 'patients',
  'students', 'pupils', 'worshippers', 'farmers', 'workers', 'aid', 'journalists', 'doctors', 'nurses', 'medics',
  'paramedics', 'volunteers', 'rescuers', 'staff', 'members', 'soldiers', 'soldier', 'troops', 'fighters', 'fighter',
  'militants', 'militant', 'rebels', 'rebel', 'insurgents', 'terrorists', 'combatants', 'police', 'policemen',
  'officers', 'guards', 'gunmen', 'attackers', 'protesters', 'demonstrators', 'prisoners', 'detainees', 'hostages',
  'passengers', 'pilgrims', 'fishermen', 'herders', 'miners', 'peacekeepers', 'personnel', 'lives', 'life', 'bodies',
  'dead', 'deaths', 'fatalities', 'casualties', 'injured', 'wounded', 'missing', 'displaced', 'homeless', 'families',
  'family', 'households', 'household', 'arrivals', 'newcomers', 'citizens', 'nationals', 'population', 'souls',
  'teenagers', 'officials', 'employees', 'youths', 'youngsters', 'relatives', 'mothers', 'fathers', 'siblings', 'injuries', 'displacements',
]);

/** Counted units that are not persons. */
export const FAMILY_NOUNS: Readonly<Record<string, 'family' | 'household'>> = table({
  families: 'family', family: 'family', households: 'household', household: 'household',
});

/**
 * Units that mark a figure as something other than people: "300 km of land", "15 villages",
 * "200 trucks". A figure followed by one of these is never a head count.
 */
export const NON_PERSON_UNITS: ReadonlySet<string> = new Set([
  'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'mi', 'hectares', 'acres', 'square', 'sq',
  'villages', 'towns', 'cities', 'districts', 'provinces', 'countries', 'homes', 'houses', 'buildings', 'schools',
  'hospitals', 'clinics', 'shelters', 'tents', 'camps', 'sites', 'centres', 'centers', 'facilities', 'mosques',
  'churches', 'bridges', 'roads', 'trucks', 'lorries', 'vehicles', 'convoys', 'boats', 'flights', 'planes', 'tonnes',
  'tons', 'kg', 'kilograms', 'litres', 'liters', 'gallons', 'dollars', 'usd', 'euros', 'pounds', 'francs', 'rupees',
  'percent', 'per', 'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes',
  'times', 'airstrikes', 'strikes', 'attacks', 'rockets', 'missiles', 'shells', 'bombs', 'drones', 'incidents',
  'meals', 'rations', 'kits', 'doses', 'beds', 'blankets', 'cases', 'cattle', 'livestock', 'animals', 'heads',
  'acres', 'plots', 'locations', 'points', 'crossings', 'positions', 'areas', 'neighbourhoods', 'neighborhoods',
  'settlements', 'wells', 'farms', 'shops', 'units', 'apartments', 'flats', 'dwellings', 'structures', 'million',
]);

/** Words that may stand between a figure and its noun: "five civilian lives", "1.3 million internally displaced persons". */
export const NOUN_MODIFIERS: ReadonlySet<string> = new Set([
  'of', 'more', 'other', 'additional', 'further', 'new', 'newly', 'innocent', 'civilian', 'young', 'old', 'elderly',
  'unarmed', 'local', 'foreign', 'internally', 'displaced', 'wounded', 'injured', 'dead', 'missing', 'seriously',
  'critically', 'severely', 'lightly', 'badly', 'mostly', 'including', 'whom', 'them', 'those', 'these', 'the',
  'vulnerable', 'poor', 'hungry', 'terrified', 'frightened', 'exhausted', 'homeless', 'stranded', 'trapped',
  'registered', 'recorded', 'confirmed', 'verified', 'documented', 'estimated', 'reported', 'palestinian', 'syrian',
  'sudanese', 'ukrainian', 'yemeni', 'rohingya', 'ethiopian', 'afghan', 'congolese', 'libyan', 'somali', 'iraqi',
  'humanitarian', 'aid', 'health', 'medical', 'relief', 'un', 'more', 'fresh', 'military', 'armed', 'government',
  'regime', 'rebel', 'opposition', 'pro-government', 'security', 'army', 'police', 'school', 'asylum', '"', "'",
]);


/** Counted nouns that are already a claim of their own kind, never displaced: "707 casualties have arrived". */
export const HURT_OR_DEAD_NOUNS: ReadonlySet<string> = new Set([
  'casualties', 'injured', 'wounded', 'dead', 'bodies', 'deaths', 'fatalities', 'patients', 'injuries', 'victims',
]);
