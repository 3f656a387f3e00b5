/**
 * Building blocks for the benchmark's generated drafts: the wording of real WSIS submissions
 * to the CSTD (cover block, Part headings in the styles drafts use, policy prose, footnote
 * sources). Copied from published documents, not from the engine's template, so the inputs do
 * not change when the checker does. Data only; bench/generate.ts assembles it.
 */

export const ENTITIES = [
  'Internet Society',
  'Internet Governance Forum',
  'International Telecommunication Union (ITU)',
  'United Nations Educational, Scientific and Cultural Organization (UNESCO)',
  'Economic Commission for Africa (ECA)',
  'Economic and Social Commission for Asia and the Pacific (ESCAP)',
  'Internet Corporation for Assigned Names and Numbers (ICANN)',
  'World Intellectual Property Organization (WIPO)',
  'Food and Agriculture Organization of the United Nations (FAO)',
  'Association for Progressive Communications (APC)',
] as const;

/** Sessions and their venue and dates; the Nth session is held in 1997 + N. */
export const SESSIONS = [
  { n: 17, words: 'Seventeenth', dates: '12 to 16 May 2014' },
  { n: 18, words: 'Eighteenth', dates: '4 to 8 May 2015' },
  { n: 19, words: 'Nineteenth', dates: '9 to 13 May 2016' },
  { n: 20, words: 'Twentieth', dates: '8 to 12 May 2017' },
  { n: 21, words: 'Twenty-first', dates: '14 to 18 May 2018' },
  { n: 22, words: 'Twenty-second', dates: '13 to 17 May 2019' },
  { n: 23, words: 'Twenty-third', dates: '23 to 27 March 2020' },
  { n: 24, words: 'Twenty-fourth', dates: '17 to 21 May 2021' },
  { n: 26, words: 'Twenty-sixth', dates: '27 to 31 March 2023' },
] as const;

export const INPUT_PARAGRAPH =
  'This submission was prepared as an input to the report of the UN Secretary-General on "Progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society at the regional and international levels" (to the {session} session of the CSTD), in response to the request by the Economic and Social Council, in its resolution 2006/46, to the UN Secretary-General to inform the Commission on Science and Technology for Development on the implementation of the outcomes of the WSIS as part of his annual reporting to the Commission.';

export const DISCLAIMER =
  "The views presented here are the contributors' and do not necessarily reflect the views and position of the United Nations or the United Nations Conference on Trade and Development.";

export const TITLE_2020 =
  'Submissions from entities in the United Nations system, international organizations and other stakeholders on their efforts in {year} to implement the outcomes of the WSIS';
export const TITLE_OLD = 'Submissions from entities in the United Nations system and elsewhere on their efforts in {year} to implement the outcome of the WSIS';

export const ACTION_LINES = [
  'The role of public governance authorities and all stakeholders in the promotion of ICTs for development',
  'Information and communication infrastructure',
  'Access to information and knowledge',
  'Capacity building',
  'Building confidence and security in the use of ICTs',
  'Enabling environment',
  'ICT applications',
  'Cultural diversity and identity, linguistic diversity and local content',
  'Media',
  'Ethical dimensions of the Information Society',
  'International and regional cooperation',
] as const;

/**
 * Part headings as drafts write them, per style: index 0, 1, 2 are Parts One, Two and Three.
 * `block` says how the heading stands in the draft (all are followed by a blank line).
 */
export const PART_STYLES: readonly { name: string; headings: readonly [string, string, string] }[] = [
  {
    name: 'atx-bold',
    headings: [
      '#### **Part One: An executive summary of activities undertaken by all stakeholders, progress made, and any obstacles encountered.**',
      '#### **Part Two: A brief analytical overview of trends and experiences in implementation at the national, regional and international levels and by all stakeholders.**',
      '#### **Part Three: A brief description of:**',
    ],
  },
  { name: 'canonical', headings: ['## Part One: An executive summary', '## Part Two: A brief analytical overview', '## Part Three: A brief description'] },
  {
    name: 'bold',
    headings: ['**Part One: Executive summary**', '**Part Two: Analytical overview of trends and experiences**', '**Part Three: Brief description of policies and future actions**'],
  },
  { name: 'plain-roman', headings: ['Part I: Executive Summary', 'Part II: Analytical Overview', 'Part III: Brief description of programmes and projects'] },
  { name: 'numeral-titled', headings: ['I. Executive Summary', 'II. Analytical Overview', 'III. Brief Description'] },
  { name: 'digits', headings: ['Part 1: Executive summary', 'Part 2: Analytical overview', 'Part 3: Brief description of programmes'] },
  { name: 'numeral-part', headings: ['I. Part 1: Executive summary', 'II. Part 2: Analytical overview', 'III. Part 3: Brief description of ...'] },
  { name: 'upper', headings: ['PART ONE', 'PART TWO', 'PART THREE'] },
];

export const SUBSECTIONS = [
  '**(a)** Innovative policies, programmes and projects undertaken by all stakeholders',
  '**(b)** Future actions and initiatives, regionally and internationally',
] as const;

/** Sub-headings inside a Part (none starts like a Part heading). */
export const TOPICS = [
  'Connecting the unconnected',
  'Strengthen Global Routing Security',
  'Promote Trust',
  'Community networks and local access',
  'Internet exchange points in developing regions',
  'Research and Policy for Emerging Challenges',
  'National and Regional IGF Initiatives',
  'Best Practice Forums',
  'Dynamic Coalitions',
  'Youth and Newcomers Track',
  'Gender and Access',
  'Measuring the Information Society',
  'Capacity development for policymakers',
  'Multilingualism and local content',
  'Cybersecurity and confidence building',
] as const;

export const SUBJECTS = [
  'the Internet Society',
  'the IGF Secretariat',
  'ITU',
  'UNESCO',
  'the regional commissions',
  'Member States',
  'national regulators',
  'civil society organizations',
  'the private sector',
  'the technical community',
  'our Chapters',
  'the Multistakeholder Advisory Group',
  'academic institutions',
  'development partners',
  'local communities',
] as const;

export const VERBS = [
  'supported',
  'launched',
  'expanded',
  'coordinated',
  'convened',
  'strengthened',
  'facilitated',
  'published',
  'promoted',
  'developed',
  'reviewed',
  'contributed to',
  'co-organized',
  'evaluated',
] as const;

export const OBJECTS = [
  'community network projects in rural and remote areas',
  'a policy framework for enabling Internet access',
  'capacity-building workshops for policymakers and regulators',
  'national and regional Internet Governance Forum initiatives',
  'the deployment of Internet exchange points',
  'open consultations on enhanced cooperation',
  'measurement of broadband affordability and quality',
  'guidelines on the security of Internet of Things devices',
  'training programmes for women in technology',
  'the Mutually Agreed Norms for Routing Security (MANRS)',
  'research on digital inclusion and the digital divide',
  'intersessional work on cybersecurity and trust',
  'the collection of ICT indicators for the Sustainable Development Goals',
  'e-government services for citizens and businesses',
  'open educational resources in local languages',
  'a toolkit on encryption for policymakers',
  'fellowship programmes for newcomers from developing countries',
  'the multistakeholder model of Internet governance',
] as const;

export const QUALIFIERS = [
  'in partnership with local stakeholders',
  'across four regions',
  'in line with the 2030 Agenda for Sustainable Development',
  'in developing and least developed countries',
  'during the reporting period',
  'with a focus on underserved communities',
  'in close cooperation with governments and the technical community',
  'through an open and bottom-up process',
  'with support from the Secretariat',
  'at the national, regional and international levels',
  'as called for in the Tunis Agenda for the Information Society',
  'following the WSIS+10 review by the General Assembly (A/RES/70/125)',
] as const;

export const OUTCOMES = [
  'a measurable increase in affordable connectivity',
  'greater participation of underrepresented stakeholders',
  'stronger trust in the security of the Internet',
  'new commitments by governments and operators',
  'more diverse and varied participation in IGF processes',
  'better exchange of traffic and network interconnection',
  'concrete recommendations for policymakers',
] as const;

export const CHALLENGES = [
  'the cost of devices and data',
  'limited digital skills',
  'gaps in infrastructure outside urban areas',
  'regulatory barriers to community networks',
  'low levels of trust in online services',
  'the gender gap in Internet use',
  'a shortage of content in local languages',
] as const;

export const EVENTS = [
  'the 12th IGF in Geneva',
  'the WSIS Forum',
  'the Third Indigenous Connectivity Summit',
  'the regional Summit on Community Networks in Africa',
  'the Asia-Pacific Regional IGF',
  'the open consultations of the Working Group on Enhanced Cooperation',
] as const;

export const LINK_TITLES = [
  'Global Internet Report',
  'Digital Geneva',
  'Policy Framework for an Open and Trusted Internet',
  'IoT Privacy for Policymakers',
  'Best Practice Forum on Gender and Access',
  'Measuring digital development: Facts and figures',
  'Why the Multistakeholder Approach Works',
  'Geneva Messages',
  'webcasts',
  'transcripts',
] as const;

export const DOMAINS = [
  'https://www.internetsociety.org/resources/doc',
  'https://www.itu.int/en/ITU-D/Statistics/Pages',
  'https://www.intgovforum.org/multilingual/content',
  'https://en.unesco.org/themes',
  'https://unctad.org/topic/science-technology-and-innovation',
  'https://www.un.org/en/ga/search',
] as const;

export const SOURCES = [
  'International Telecommunication Union',
  'Internet Society',
  'UNESCO',
  'World Bank',
  'Internet Governance Forum',
  'UNCTAD',
  'GSMA Intelligence',
  'OECD',
] as const;
