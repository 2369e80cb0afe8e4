import type { SpeakerKind } from '../../types.js';
import { table } from '../table.js';

/** Roles a person speaks in: "director of ...", "OCHA spokesman Jens Laerke", "the director". */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'director', 'spokesman', 'spokeswoman', 'spokesperson', 'head', 'chief', 'minister', 'official',
  'officer', 'coordinator', 'representative', 'president', 'premier', 'governor', 'mayor',
  'commander', 'general', 'chairman', 'chairwoman', 'chair', 'secretary', 'secretary-general',
  'envoy', 'commissioner', 'deputy', 'manager', 'administrator', 'advisor', 'adviser', 'researcher',
  'analyst', 'activist', 'doctor', 'physician', 'surgeon', 'nurse', 'volunteer', 'paramedic',
  'journalist', 'correspondent', 'resident', 'witness', 'survivor', 'founder', 'leader', 'member',
  'emir', 'king', 'prime', 'ambassador', 'prosecutor', 'monitor', 'rescuer', 'medic', 'worker',
  'lawmaker', 'senator', 'mp', 'colonel', 'major', 'lieutenant', 'captain', 'sheikh',
]);

/** Roles that are a person's title before the name ("President William Ruto"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'capt', 'maj', 'sgt']);

/** Head nouns of speakers the text names by description: "the regional administration", "activists". */
export const SPEAKER_HEADS: Readonly<Record<string, SpeakerKind>> = table({
  ministry: 'government', government: 'government', administration: 'government', authorities: 'government',
  authority: 'government', officials: 'government', official: 'government', council: 'government',
  municipality: 'government', governorate: 'government', army: 'government', military: 'government',
  police: 'government', office: 'government', department: 'government', cabinet: 'government',
  presidency: 'government', regime: 'government', junta: 'government', spokesman: 'government',
  forces: 'armed group', rebels: 'armed group', militia: 'armed group', militias: 'armed group',
  insurgents: 'armed group', militants: 'armed group', fighters: 'armed group', brigade: 'armed group', brigades: 'armed group',
  agency: 'organization', organization: 'organization', organisation: 'organization', group: 'organization',
  groups: 'organization', monitor: 'organization', monitors: 'organization', observatory: 'organization',
  charity: 'organization', charities: 'organization', ngo: 'organization', ngos: 'organization',
  committee: 'organization', network: 'organization', team: 'organization', society: 'organization',
  crescent: 'organization', mission: 'organization', commission: 'organization', coalition: 'organization',
  union: 'organization', association: 'organization', foundation: 'organization', institute: 'organization',
  centre: 'organization', center: 'organization', services: 'organization', service: 'organization',
  rescuers: 'organization', responders: 'organization', workers: 'organization', hospital: 'organization',
  hospitals: 'organization', body: 'organization', programme: 'organization', program: 'organization', fund: 'organization',
  activists: 'person', witnesses: 'person', residents: 'person', survivors: 'person', medics: 'person',
  doctors: 'person', sources: 'person', source: 'person', journalists: 'person', villagers: 'person', people: 'person',
  media: 'outlet', newspaper: 'outlet', broadcaster: 'outlet', television: 'outlet', tv: 'outlet', outlet: 'outlet', daily: 'outlet',
});

/** Description nouns that refer back to an organisation: "the organization", "the agency". */
export const ORGANIZATION_DESCRIPTIONS: ReadonlySet<string> = new Set([
  'organization', 'organisation', 'agency', 'group', 'monitor', 'observatory', 'charity', 'body',
  'ngo', 'ministry', 'office', 'team', 'network', 'committee', 'mission', 'council', 'authority', 'service',
]);

/** What figures come in: "UN figures", "the figures Yousef provided", "a report by OCHA". */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'figures', 'figure', 'data', 'statistics', 'stats', 'estimates', 'estimate', 'tally', 'count',
  'report', 'reports', 'statement', 'numbers', 'assessment', 'records', 'toll', 'update', 'tallies', 'bulletin', 'census',
]);

/** Verbs after a source noun that name its author before them: "the figures Yousef provided". */
export const SOURCE_VERBS: ReadonlySet<string> = new Set(['provided', 'released', 'issued', 'compiled', 'published', 'gave', 'shared', 'collected', 'cited']);

/** Words that tie a speaker to an organisation: "director of", "sources with", "a spokesman for". */
export const AFFILIATION_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'with', 'in', 'within', 'from', 'to']);

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'we']);

/** Lower-case particles inside personal names: "Fatima Yousef", "Ursula von der Leyen". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'da', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'abu', 'abd', 'ould', 'ag', '-', "'", 'ul', 'ud']);

/** Words that, capitalised, end an organisation's name rather than a person's. */
export const ORGANIZATION_NAME_HEADS: ReadonlySet<string> = new Set([
  'agency', 'team', 'ministry', 'council', 'committee', 'organization', 'organisation', 'office', 'network',
  'observatory', 'society', 'crescent', 'cross', 'fund', 'programme', 'program', 'army', 'forces', 'force',
  'police', 'government', 'administration', 'authority', 'authorities', 'department', 'service', 'services',
  'group', 'union', 'front', 'brigade', 'brigades', 'movement', 'party', 'monitor', 'institute', 'center',
  'centre', 'commission', 'mission', 'coalition', 'alliance', 'bank', 'foundation', 'association',
  'federation', 'nations', 'helmets', 'defence', 'defense', 'watch', 'international', 'project', 'corps', 'guard',
  'media', 'news', 'times', 'post', 'tribune', 'press', 'radio', 'tv', 'television', 'unit', 'board', 'court', 'people',
]);

/** Words dropped from the front of a speaker phrase: "the", "a", "its". */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that', 'these', 'those']);
