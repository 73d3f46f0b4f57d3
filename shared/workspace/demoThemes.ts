import type { RightsHolderGroup } from '../model/groups';

/**
 * What a generated policy is about: its sector, words for titles and descriptions (written for HRMap), the
 * groups it serves and the framework items it plausibly maps to. Item ids are checked against the built-in
 * catalogue by the tests.
 */
export interface DemoTheme {
  sector: string;
  titles: string[];
  /** "The city ..." sentences saying what the policy is for. */
  aims: string[];
  /** Sentences saying how it is done. */
  measures: string[];
  groups: RightsHolderGroup[];
  charter: string[];
  udhr: string[];
  sdg: string[];
}

export const DEMO_THEMES: DemoTheme[] = [
  {
    sector: 'Water and sanitation',
    titles: ['Social water tariff', 'No water cuts for households in hardship', 'Public standpipes and washrooms', 'Neighbourhood sanitation upgrade', 'Drinking fountains in public spaces', 'Water kiosks in informal settlements'],
    aims: ['guarantees every household a basic daily volume of safe drinking water', 'brings piped water and safe toilets to neighbourhoods that lack them', 'keeps water bills affordable for households on low incomes'],
    measures: ['The first tier of consumption is billed below cost and financed by higher tiers.', 'Disconnections are suspended while a social worker reviews the household situation.', 'Residents’ committees choose the sites of new standpipes and monitor their upkeep.', 'The utility publishes quarterly figures on coverage, quality tests and complaints.'],
    groups: ['poverty', 'women-girls', 'children-youth', 'all-residents'],
    charter: ['charter:XI', 'charter:XI.1', 'charter:XI.2', 'charter:XI.3', 'charter:VI.3'],
    udhr: ['udhr:25', 'udhr:3'],
    sdg: ['sdg:6.1', 'sdg:6.2', 'sdg:6.b', 'sdg:1.4', 'sdg:11.1'],
  },
  {
    sector: 'Housing',
    titles: ['Affordable rental housing programme', 'Eviction prevention service', 'Upgrading of informal settlements', 'Social housing quota in new developments', 'Tenant rights advice centre', 'Vacant homes back into use'],
    aims: ['increases the supply of decent housing that families on modest incomes can afford', 'prevents evictions into homelessness and supports tenants facing arrears', 'improves living conditions in informal settlements together with their residents'],
    measures: ['A fixed share of every large development is reserved for social rent.', 'Mediators meet landlords and tenants before any court hearing.', 'Residents map their settlement and agree on priorities for paving, drainage and lighting.', 'Empty dwellings are leased by the city and let at capped rents.'],
    groups: ['poverty', 'homeless', 'migrants', 'older-persons', 'all-residents'],
    charter: ['charter:X', 'charter:X.1', 'charter:X.2', 'charter:X.4', 'charter:X.5'],
    udhr: ['udhr:25', 'udhr:17', 'udhr:12'],
    sdg: ['sdg:11.1', 'sdg:11.3', 'sdg:1.4', 'sdg:10.2'],
  },
  {
    sector: 'Homelessness',
    titles: ['Housing First programme', 'Winter shelter network', 'Registered address for people without a home', 'Street outreach teams', 'Day centres for homeless people'],
    aims: ['offers people sleeping rough a stable home first and support afterwards', 'makes sure no one is refused a bed on a cold night', 'gives people without a fixed home an address so they can claim their rights'],
    measures: ['Outreach workers visit the same streets every night and keep in touch with each person.', 'Health, addiction and employment services come to the person rather than the reverse.', 'The municipal office issues a postal address valid for benefits, voting and banking.'],
    groups: ['homeless', 'poverty', 'disabilities', 'migrants'],
    charter: ['charter:X', 'charter:X.3', 'charter:VI', 'charter:VI.2'],
    udhr: ['udhr:25', 'udhr:6', 'udhr:22'],
    sdg: ['sdg:1.3', 'sdg:11.1', 'sdg:10.2', 'sdg:3.8'],
  },
  {
    sector: 'Governance and participation',
    titles: ['Participatory budget', 'Neighbourhood councils', 'Citizens’ assembly on the city plan', 'Youth council', 'Online consultation platform', 'Residents’ right to petition the council'],
    aims: ['lets residents decide how part of the investment budget is spent', 'opens the preparation of municipal decisions to people who live and work in the city', 'gives residents without local voting rights a voice in public life'],
    measures: ['Proposals are collected in every district and put to a public vote.', 'Members are drawn by lot to reflect the population by age, gender and district.', 'Every consultation ends with a public answer explaining what was kept and why.', 'Meetings are held in the evening, with childcare and interpretation provided.'],
    groups: ['all-residents', 'children-youth', 'migrants', 'women-girls'],
    charter: ['charter:II', 'charter:II.2', 'charter:II.5', 'charter:I.4', 'charter:VIII.4'],
    udhr: ['udhr:21', 'udhr:19', 'udhr:20'],
    sdg: ['sdg:16.7', 'sdg:11.3', 'sdg:16.6', 'sdg:5.5'],
  },
  {
    sector: 'Transparency and access to information',
    titles: ['Open data portal', 'Public register of municipal contracts', 'Plain-language budget', 'Access to information office', 'Live-streamed council meetings'],
    aims: ['makes the information held by the administration available to everyone', 'lets residents follow how public money is spent and by whom', 'explains council decisions in words everyone understands'],
    measures: ['Datasets are published under an open licence and updated every month.', 'Requests for information are answered within twenty working days.', 'The budget is published with a plain summary in the main local languages.'],
    groups: ['all-residents', 'human-rights-defenders'],
    charter: ['charter:VII', 'charter:VII.3', 'charter:II.3'],
    udhr: ['udhr:19', 'udhr:21'],
    sdg: ['sdg:16.10', 'sdg:16.6', 'sdg:16.5'],
  },
  {
    sector: 'Gender equality',
    titles: ['Gender equality action plan', 'Safe public spaces for women', 'Shelters for women escaping violence', 'Gender budgeting', 'Parity in municipal boards'],
    aims: ['tackles the barriers women and girls meet in the city’s services and spaces', 'protects women and girls from violence at home and in public', 'measures how the city budget affects women and men differently'],
    measures: ['Night walks with residents identify poorly lit streets and unsafe stops.', 'A free hotline and emergency housing are open around the clock.', 'Each department reports its spending by the gender of those who benefit.'],
    groups: ['women-girls', 'lgbti', 'migrants'],
    charter: ['charter:IV', 'charter:IV.1', 'charter:IV.2', 'charter:IV.3', 'charter:IV.4'],
    udhr: ['udhr:2', 'udhr:7', 'udhr:3', 'udhr:16'],
    sdg: ['sdg:5.1', 'sdg:5.2', 'sdg:5.5', 'sdg:5.c', 'sdg:11.7'],
  },
  {
    sector: 'Children and education',
    titles: ['Free school meals', 'Early-years centres', 'Safe routes to school', 'Child-friendly city programme', 'After-school learning clubs', 'Child protection early warning'],
    aims: ['gives every child a good start regardless of where the family lives', 'keeps children safe on their way to school and in their neighbourhood', 'protects children at risk before harm is done'],
    measures: ['Meals are cooked with produce from local farms and served free to every pupil.', 'Crossings near schools are redesigned with children and their teachers.', 'Schools, health centres and social services share alerts under clear safeguards.'],
    groups: ['children-youth', 'poverty', 'disabilities'],
    charter: ['charter:V', 'charter:V.1', 'charter:V.2', 'charter:V.4', 'charter:XI.5'],
    udhr: ['udhr:26', 'udhr:25', 'udhr:2'],
    sdg: ['sdg:4.1', 'sdg:4.2', 'sdg:2.1', 'sdg:16.2', 'sdg:11.2'],
  },
  {
    sector: 'Health',
    titles: ['Community health centres', 'Mental health first aid', 'Mobile clinics', 'Heat-wave protection plan', 'Health care regardless of legal status'],
    aims: ['brings primary care closer to the neighbourhoods with the least access', 'makes sure that anyone in the city can see a doctor, whatever their papers', 'protects the people most exposed to extreme heat'],
    measures: ['Clinics open in the evening and at weekends and charge no fee at the point of use.', 'Volunteers check on isolated older neighbours during heat alerts.', 'Health mediators who speak the main community languages accompany patients.'],
    groups: ['all-residents', 'older-persons', 'migrants', 'poverty'],
    charter: ['charter:VI', 'charter:VI.2', 'charter:VI.3', 'charter:XII.5'],
    udhr: ['udhr:25', 'udhr:3', 'udhr:22'],
    sdg: ['sdg:3.8', 'sdg:3.4', 'sdg:3.d', 'sdg:13.1'],
  },
  {
    sector: 'Culture',
    titles: ['Neighbourhood libraries network', 'Free access to museums', 'Support for community arts', 'Intangible heritage inventory', 'Culture in every district'],
    aims: ['makes cultural life part of every neighbourhood, not only the centre', 'protects the heritage of the communities that make up the city', 'supports residents who create and share culture'],
    measures: ['Libraries open on Sundays and lend laptops and Internet access.', 'Small grants fund festivals, workshops and community archives.', 'Communities choose which traditions and places to record.'],
    groups: ['all-residents', 'minorities', 'indigenous', 'children-youth'],
    charter: ['charter:IX', 'charter:IX.2', 'charter:IX.3', 'charter:IX.4', 'charter:IX.7'],
    udhr: ['udhr:27', 'udhr:26'],
    sdg: ['sdg:11.4', 'sdg:4.7', 'sdg:11.7'],
  },
  {
    sector: 'Safety and policing',
    titles: ['Community safety councils', 'Human rights training for municipal police', 'Violence prevention in public spaces', 'Local mediation service', 'Support for victims of hate crime'],
    aims: ['reduces violence while respecting the rights of everyone stopped or questioned', 'builds trust between residents and the municipal police', 'resolves neighbourhood conflicts before they escalate'],
    measures: ['Officers follow a yearly course on non-discrimination and the use of force.', 'Mediators trained by the city handle disputes between neighbours free of charge.', 'Stop records are published each quarter by district, age and gender.'],
    groups: ['all-residents', 'minorities', 'children-youth', 'lgbti'],
    charter: ['charter:III', 'charter:III.1', 'charter:III.2', 'charter:III.4'],
    udhr: ['udhr:3', 'udhr:5', 'udhr:9', 'udhr:12'],
    sdg: ['sdg:16.1', 'sdg:16.3', 'sdg:16.b', 'sdg:11.7'],
  },
  {
    sector: 'Transport and mobility',
    titles: ['Social public transport fare', 'Accessible bus fleet', 'Night bus network', 'Protected cycle lanes', 'Bus routes to peripheral neighbourhoods'],
    aims: ['lets everyone reach work, school and services whatever their income', 'connects peripheral neighbourhoods to the rest of the city', 'makes public transport usable by people with reduced mobility'],
    measures: ['Fares are reduced or free for people on low incomes, students and older residents.', 'Every new bus has a ramp, audio announcements and a space for wheelchairs.', 'Routes are redrawn with the residents of the districts they serve.'],
    groups: ['poverty', 'disabilities', 'older-persons', 'women-girls'],
    charter: ['charter:XII', 'charter:XII.3', 'charter:VI.3'],
    udhr: ['udhr:13', 'udhr:25'],
    sdg: ['sdg:11.2', 'sdg:9.1', 'sdg:3.6', 'sdg:10.2'],
  },
  {
    sector: 'Climate and environment',
    titles: ['Climate action plan', 'Clean air zones', 'Urban forest plan', 'Energy poverty programme', 'Zero-waste strategy', 'Flood resilience plan'],
    aims: ['cuts emissions while protecting households that spend too much on energy', 'improves the air people breathe in the most polluted streets', 'prepares the neighbourhoods most exposed to floods and heat'],
    measures: ['Insulation grants go first to tenants and owners on low incomes.', 'Trees are planted where there is the least shade and the most heat.', 'Waste collection includes reuse points and compost in every district.'],
    groups: ['all-residents', 'poverty', 'children-youth', 'older-persons'],
    charter: ['charter:XII', 'charter:XII.1', 'charter:XII.2', 'charter:XII.4', 'charter:XII.5'],
    udhr: ['udhr:25', 'udhr:3', 'udhr:28'],
    sdg: ['sdg:13.2', 'sdg:11.6', 'sdg:7.1', 'sdg:12.5', 'sdg:11.5', 'sdg:13.1'],
  },
  {
    sector: 'Food',
    titles: ['Community gardens', 'Community restaurants', 'Local food strategy', 'Food bank partnership', 'Market for small farmers'],
    aims: ['makes healthy food available and affordable in every neighbourhood', 'supports small producers around the city and shortens supply chains', 'makes sure no resident goes hungry'],
    measures: ['Vacant plots are lent to residents’ groups for growing vegetables.', 'Community restaurants serve subsidised meals to anyone who comes.', 'Public canteens buy a fixed share of their produce from local farmers.'],
    groups: ['poverty', 'children-youth', 'older-persons', 'all-residents'],
    charter: ['charter:XI', 'charter:XI.4', 'charter:XI.5', 'charter:XI.6'],
    udhr: ['udhr:25'],
    sdg: ['sdg:2.1', 'sdg:2.3', 'sdg:12.3', 'sdg:11.a'],
  },
  {
    sector: 'Migration and inclusion',
    titles: ['Welcome centre for newcomers', 'Municipal identity card', 'Language courses for adults', 'Intercultural mediation service', 'Refugee reception plan'],
    aims: ['helps newcomers find their way to services, work and neighbours', 'gives every resident, whatever their status, proof of residence the city recognizes', 'welcomes refugees and supports them in rebuilding their lives'],
    measures: ['Advice is given in the newcomers’ own languages by trained mediators.', 'The card gives access to libraries, clinics and municipal services.', 'Host families and associations are paired with arriving households.'],
    groups: ['migrants', 'refugees', 'idps', 'minorities'],
    charter: ['charter:VI.2', 'charter:II.2', 'charter:VI', 'charter:IX.1'],
    udhr: ['udhr:2', 'udhr:13', 'udhr:14', 'udhr:15', 'udhr:22'],
    sdg: ['sdg:10.7', 'sdg:10.2', 'sdg:16.9', 'sdg:4.6'],
  },
  {
    sector: 'Disability and accessibility',
    titles: ['Accessibility plan for public buildings', 'Inclusive playgrounds', 'Sign-language interpretation of council services', 'Supported employment programme', 'Easy-read municipal information'],
    aims: ['removes barriers that keep people with disabilities from public life', 'makes municipal services and information accessible to all', 'opens jobs in the administration to people with disabilities'],
    measures: ['An access audit of every public building sets priorities and deadlines.', 'Organisations of persons with disabilities sit on the steering group.', 'Forms and letters are also produced in easy-read versions.'],
    groups: ['disabilities', 'older-persons', 'children-youth'],
    charter: ['charter:VI', 'charter:VI.1', 'charter:V.7', 'charter:IX.4'],
    udhr: ['udhr:2', 'udhr:7', 'udhr:25', 'udhr:23'],
    sdg: ['sdg:11.7', 'sdg:4.a', 'sdg:8.5', 'sdg:10.2'],
  },
  {
    sector: 'Work and local economy',
    titles: ['Living wage in municipal contracts', 'Support for cooperatives', 'Youth employment guarantee', 'Informal vendors’ market rights', 'Decent work in public procurement'],
    aims: ['makes the city an example of decent work in its own services and contracts', 'helps young people into their first job or training', 'recognizes street vendors as workers with rights'],
    measures: ['Contractors must pay at least the local living wage and respect union rights.', 'Vendors receive licences, stalls and a say in how markets are run.', 'Every young person registered with the service gets an offer within four months.'],
    groups: ['poverty', 'children-youth', 'women-girls', 'migrants'],
    charter: ['charter:VIII', 'charter:VIII.5', 'charter:VIII.2', 'charter:IX.1'],
    udhr: ['udhr:23', 'udhr:24', 'udhr:20'],
    sdg: ['sdg:8.5', 'sdg:8.8', 'sdg:8.6', 'sdg:8.3', 'sdg:12.7'],
  },
  {
    sector: 'Digital inclusion',
    titles: ['Free public Wi-Fi', 'Digital skills workshops', 'Assisted access to online services', 'Device lending scheme'],
    aims: ['makes sure no one is cut off from services that have moved online', 'teaches residents the digital skills they need for work and daily life'],
    measures: ['Workshops run in libraries and community centres in the evening and at weekends.', 'Every online service keeps a counter or phone line for people who need help.', 'Refurbished laptops are lent to families with children at school.'],
    groups: ['older-persons', 'poverty', 'children-youth', 'migrants'],
    charter: ['charter:IX.5', 'charter:VII.3', 'charter:VI.3'],
    udhr: ['udhr:19', 'udhr:26', 'udhr:27'],
    sdg: ['sdg:9.c', 'sdg:4.4', 'sdg:17.8'],
  },
  {
    sector: 'Older persons',
    titles: ['Age-friendly city plan', 'Home care network', 'Intergenerational housing', 'Against loneliness in old age'],
    aims: ['lets older residents live at home and take part in city life as long as they wish', 'breaks the isolation of older people living alone'],
    measures: ['Volunteers and paid carers visit every person registered with the service each week.', 'Benches, toilets and crossings are placed along the routes older people use.', 'Students share flats with older residents in exchange for company and help.'],
    groups: ['older-persons', 'disabilities'],
    charter: ['charter:VI', 'charter:VI.1', 'charter:IX.4'],
    udhr: ['udhr:25', 'udhr:22'],
    sdg: ['sdg:3.8', 'sdg:11.7', 'sdg:10.2', 'sdg:1.3'],
  },
  {
    sector: 'Equality and non-discrimination',
    titles: ['Anti-discrimination office', 'LGBTI inclusion plan', 'Anti-racism action plan', 'Equality testing in housing and jobs', 'Human rights ordinance'],
    aims: ['makes discrimination in the city visible and gives victims somewhere to turn', 'commits the city to respect, protect and fulfil human rights in all its work'],
    measures: ['An independent office receives complaints and can mediate or take cases to court.', 'Situation tests check landlords and employers for discriminatory practices.', 'An annual human rights report is debated in a public session of the council.'],
    groups: ['lgbti', 'minorities', 'migrants', 'women-girls', 'indigenous'],
    charter: ['charter:I', 'charter:I.1', 'charter:I.2', 'charter:I.3', 'charter:IV'],
    udhr: ['udhr:1', 'udhr:2', 'udhr:7', 'udhr:12'],
    sdg: ['sdg:10.3', 'sdg:16.b', 'sdg:10.2', 'sdg:5.1'],
  },
  {
    sector: 'Indigenous peoples and minorities',
    titles: ['Indigenous languages in municipal services', 'Consultation protocol with indigenous communities', 'Roma inclusion strategy', 'Minority media fund'],
    aims: ['recognizes the languages and cultures of the peoples who first lived on this land', 'consults the communities concerned before decisions that affect them'],
    measures: ['Signage, forms and hotlines are offered in the main indigenous languages.', 'Community representatives co-chair the working group and sign off its plan.', 'Grants support community radio and newspapers in minority languages.'],
    groups: ['indigenous', 'minorities'],
    charter: ['charter:IX', 'charter:IX.3', 'charter:VII.2', 'charter:VI.5', 'charter:IX.6'],
    udhr: ['udhr:27', 'udhr:2', 'udhr:17', 'udhr:19'],
    sdg: ['sdg:10.2', 'sdg:16.7', 'sdg:11.4', 'sdg:4.5'],
  },
  {
    sector: 'Civic space and association',
    titles: ['Community centres for associations', 'Small grants for civil society', 'Protection of human rights defenders', 'Public squares for assembly'],
    aims: ['supports residents who organize to defend their rights and their neighbourhoods', 'keeps public space open for meetings, debate and peaceful protest'],
    measures: ['Rooms in municipal buildings are lent free of charge to registered associations.', 'Permits for demonstrations are granted within days and refusals are explained in writing.', 'A contact point responds to threats against local activists and journalists.'],
    groups: ['human-rights-defenders', 'all-residents', 'children-youth'],
    charter: ['charter:VIII', 'charter:VIII.1', 'charter:VIII.3', 'charter:VII.4'],
    udhr: ['udhr:20', 'udhr:19', 'udhr:18'],
    sdg: ['sdg:16.10', 'sdg:16.7', 'sdg:17.17'],
  },
];

/** Opening words of a description: who acts. */
export const DEMO_ACTORS = ['The city council', 'The municipality', 'The local government', 'The mayor’s office', 'The metropolitan authority', 'The district administration'];
/** Closing sentences: how the policy is followed up. */
export const DEMO_FOLLOW_UPS = [
  'An annual report with figures by district is presented to the council.',
  'A monitoring committee including civil society meets twice a year.',
  'Indicators are published on the city’s open data portal.',
  'An external evaluation is planned after three years.',
  'Results are discussed each year at a public hearing.',
  'The programme is reviewed with the people it serves before each budget.',
];
/** Why a link was made, in the analyst's words. */
export const DEMO_RATIONALES = [
  'Core objective of the policy.',
  'Directly addresses this right.',
  'Contributes through its main measure.',
  'Partly relevant: one component only.',
  'Indirect contribution, noted for completeness.',
  'Named in the council decision.',
  'Matches the target’s indicator.',
  '',
];
export const DEMO_AUTHORS = ['A. Diallo', 'M. Kim', 'L. Ortega', 'S. Petrossian', 'C. Martin', 'R. Haddad', 'J. Thompson', 'N. Abenova'];
/** Variants that make two programmes with the same aim tell apart. */
export const DEMO_TITLE_SUFFIXES = ['', '', '', ' – phase 2', ' (pilot)', ' (2030 horizon)', ' – extension', ' for all districts'];
