import { describe, expect, it } from 'vitest';
import { speakerName } from './candidate.js';

/** [sentence or passage, the figure, the speaker's name] */
const CUES: readonly (readonly [string, string, string])[] = [
  ['At least 300 people were killed in the strikes, OCHA said.', '300', 'OCHA'],
  ['The health ministry said 42 people had been killed since Monday.', '42', 'health ministry'],
  ['"We have counted 112 bodies so far," said Yasser Ahmed, a doctor at the main hospital in El Fasher.', '112', 'Yasser Ahmed'],
  ['More than 1,200 civilians have fled the district, said Jens Laerke, a spokesman for OCHA.', '1,200', 'Jens Laerke'],
  ['UNHCR spokeswoman Olga Sarrado told reporters in Geneva that 17,000 people had crossed into Chad.', '17,000', 'Olga Sarrado'],
  ['Mohamed Osman, head of the local emergency room, told Radio Dabanga that 35 people were killed in the shelling.', '35', 'Mohamed Osman'],
  ['According to the International Organization for Migration, 8.6 million people have been displaced inside Sudan.', '8.6 million', 'IOM'],
  ['Some 3,000 families have fled Khan Younis, according to UNRWA.', '3,000', 'UNRWA'],
  ["UN figures show that 1.7 million people in Gaza have been forced from their homes.", '1.7 million', 'United Nations'],
  ["The ministry's latest figures show 2,345 people were killed in the earthquake.", '2,345', 'ministry'],
  ['In a statement, the Norwegian Refugee Council said 90,000 people had fled Rakhine state.', '90,000', 'NRC'],
  ['Sources with the Yemeni Red Crescent said seven people drowned when the boat capsized.', 'seven', 'Yemeni Red Crescent'],
  ['The Syrian Observatory for Human Rights reported that 24 fighters were killed overnight.', '24', 'SOHR'],
  ['The World Health Organization estimated that 4,000 people had died of cholera.', '4,000', 'WHO'],
  ['Governor Oleh Syniehubov announced that two people were killed in the Kharkiv strike.', 'two', 'Oleh Syniehubov'],
  ['Ukraine\'s State Emergency Service said 11 people were killed when the missile hit an apartment block.', '11', 'State Emergency Service of Ukraine'],
  ['Indonesia\'s disaster agency BNPB said 56 people were missing after the landslide.', '56', 'BNPB'],
  ['The Assistance Association for Political Prisoners has documented 4,800 deaths since the coup.', '4,800', 'AAPP'],
  ['Save the Children warned on Tuesday that 300,000 children had been uprooted by the floods.', '300,000', 'Save the Children'],
  ['Rescue workers said 19 bodies had been pulled from the rubble in Hatay.', '19', 'Rescue workers'],
  ['Local officials said 80 homes were destroyed and 12 people killed.', '12', 'Local officials'],
  ['Figures released on Sunday by the Gaza health ministry put the death toll at 27,019.', '27,019', 'Gaza health ministry'],
  ['The Houthi-run Saba news agency reported that 14 civilians were killed in the raid.', '14', 'Saba'],
  ['Pakistan\'s National Disaster Management Authority (NDMA) said 1,100 people had died since June.', '1,100', 'NDMA'],
  ['"Over 400 people have been killed in the past week alone," the doctors\' union said in a statement.', '400', "doctors' union"],
  ['At least 25 civilians were killed in Mariupol, the regional governor, Pavlo Kyrylenko, said.', '25', 'Pavlo Kyrylenko'],
  ['Médecins Sans Frontières said its teams had treated 230 wounded people in two days.', '230', 'MSF'],
  ['The Rapid Support Forces claimed on Thursday that 500 soldiers were killed.', '500', 'Rapid Support Forces'],
  ['At least 71 people died in the floods, Xinhua reported, citing local authorities.', '71', 'local authorities'],
  ['The death toll rose to 89, the United Nations humanitarian office said.', '89', 'OCHA'],
  ['Nearly 950,000 people have fled since early December, the U.N. said on Monday.', '950,000', 'United Nations'],
  ['The Israeli military said on Friday that 1,500 militants had been killed.', '1,500', 'IDF'],
  ['Myanmar Now reported that at least 40 villagers were killed by the junta\'s troops.', '40', 'Myanmar Now'],
  ['The figures the agency compiled show 150 deaths in Idlib since Friday.', '150', 'agency'],
  ['The Hamas-run health ministry said 35 people were killed in the strike on Nuseirat.', '35', 'Hamas-run health ministry'],
  ['The toll, according to the ministry, stands at 300 dead.', '300', 'ministry'],
  ['The United Nations estimates that some 6.5 million people are displaced inside the country.', '6.5 million', 'United Nations'],
  ['Fifty people have been killed, Ukrainian officials say.', 'Fifty', 'Ukrainian officials'],
  ['At least 60 people died, the ministry said in a statement Tuesday.', '60', 'ministry'],
  ['The UN-backed government said 200 people died in Derna.', '200', 'UN-backed government'],
  ['Houthi rebels said 16 people were killed in the air strike on Hodeidah.', '16', 'Houthis'],
  ['The Tatmadaw said on state television that 70 insurgents were killed.', '70', 'Tatmadaw'],
  ["Turkey's disaster agency AFAD said the death toll had risen to 1,014.", '1,014', 'AFAD'],
  ['"At least 2,000 people are dead," Libyan Red Crescent spokesman Tawfiq Shukri told Al Jazeera.', '2,000', 'Tawfiq Shukri'],
  ['Residents said 11 people drowned when the river burst its banks.', '11', 'Residents'],
  ['The U.N. on Monday said 1.1 million people had fled Rafah.', '1.1 million', 'United Nations'],
  ['More than 500 people have been killed in Kherson region, as reported by the regional administration.', '500', 'regional administration'],
  ['Deaths were reported by the district health office, which counted 23 bodies.', '23', 'district health office'],
  ["CAIRO (AP) - Paramilitary fighters killed at least 40 people in Sudan's El Gezira province, a doctors' group said Friday.", '40', "doctors' group"],
];

describe('speakers: cue verbs and frames', () => {
  for (const [text, figure, name] of CUES) {
    it(`reads "${name}" as the speaker of ${figure} in "${text.slice(0, 60)}..."`, () => {
      expect(speakerName(text, figure)).toBe(name);
    });
  }
});
