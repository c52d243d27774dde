/**
 * Demo content for the playground, written for this project: a local news site
 * following a city's new tram line. Each `DemoReadingOrder` is one reading order of a locale.
 */
export interface DemoArticle {
  title: string;
  summary: string;
  paragraphs: string[];
}

export interface DemoReadingOrder {
  locale: string;
  /** Published, linked in this order. */
  published: DemoArticle[];
  /** Drafts linked after the last published article (editors' work in progress). */
  drafts: DemoArticle[];
  /** Published, in no reading order. */
  unlinked: DemoArticle[];
}

export const englishOrder: DemoReadingOrder = {
  locale: 'en',
  published: [
    {
      title: 'Riverside gets a tram: the plan in brief',
      summary:
        'The city council approved a 9-kilometre tram line linking the station, the old docks and the university. Construction starts next spring.',
      paragraphs: [
        'After four years of consultations, the city council voted 31 to 12 on Tuesday night to build a tram line along the river. The line runs nine kilometres from the central station to the university campus, with fourteen stops on the way.',
        'Supporters say the tram will take about 6,000 cars a day off the embankment road. Opponents worry about the cost and about two years of roadworks in the old town, where many shops already struggle.',
        'The transport department will now publish a detailed timetable for the works. Residents along the route are invited to information evenings at the library every Thursday in March.',
      ],
    },
    {
      title: 'Who pays for the tram, and how much',
      summary:
        'The line is budgeted at 410 million euros, two thirds from the region and the state. The city borrows the rest over thirty years.',
      paragraphs: [
        'The final budget for the Riverside tram stands at 410 million euros, including vehicles, the depot and a contingency reserve of twelve percent.',
        'The region and the national transport fund cover about two thirds. The city will borrow the remaining 140 million over thirty years, which the finance office says adds roughly 22 euros a year to the average household bill.',
        'Independent auditors will review the accounts every six months, and their reports will be published in full, a condition the opposition set for its support of the loan.',
      ],
    },
    {
      title: 'The route debate: why the tram skips Market Street',
      summary:
        'Engineers ruled out Market Street because of its medieval cellars. The line follows the embankment instead, with a short walk to the market.',
      paragraphs: [
        'For months the most heated question was whether the tram should run through Market Street, the heart of the old town. Traders wanted the footfall; engineers worried about what lies underneath.',
        'Ground surveys found a network of medieval cellars less than two metres below the cobbles. Reinforcing them would have added eighteen months and forty million euros.',
        'The chosen route follows the embankment, two hundred metres away. A new covered walkway will link the Market stop to the square.',
      ],
    },
    {
      title: 'Breaking ground at the old docks',
      summary:
        'Work began at the docks depot, where the trams will be stored and serviced. Expect lane closures on Harbour Road until autumn.',
      paragraphs: [
        'The first excavators arrived at the former cargo docks on Monday, where the tram depot will stand. The site has been empty since the port moved downstream in 1998.',
        'Harbour Road loses one lane in each direction until the autumn. Buses 4 and 11 are diverted through Canal Street, and the ferry timetable stays as it is.',
        'Contractors found two old mooring bollards during the first week. They will be restored and placed at the depot entrance.',
      ],
    },
    {
      title: 'The bridge problem, and how it was solved',
      summary:
        'The 1930s Iron Bridge could not carry trams. Engineers added a steel deck beside it instead of replacing it, saving the listed structure.',
      paragraphs: [
        'The Iron Bridge, built in 1934 and listed as a monument, was never designed for a forty-tonne tram. Early plans proposed tearing it down.',
        'Instead, engineers designed a separate steel deck that runs alongside the old bridge, carried on new piers. Pedestrians keep the historic deck; the tram uses the new one.',
        'The solution cost six million euros more than a replacement, but the heritage board approved it within a month, avoiding a court case that could have lasted years.',
      ],
    },
    {
      title: 'Night tests: the first tram on the tracks',
      summary: 'Test runs began at night at walking pace. Drivers are training on the full route for three months before passengers board.',
      paragraphs: [
        'Shortly after midnight on Sunday, the first tram left the depot and rolled along the embankment at walking pace, watched by a small crowd of night owls.',
        'For the next three months, test runs will take place between midnight and five in the morning. Twenty-four drivers are training on the full route, in rain and in fog.',
        'The transport department asks residents to report any unusual vibration or noise through the city app, so that the track can be adjusted before opening.',
      ],
    },
    {
      title: 'Opening day: thousands ride the Riverside tram',
      summary:
        'About 38,000 people rode the tram on its free opening weekend. A signal fault caused a 40-minute stop on Saturday afternoon.',
      paragraphs: [
        'Rides were free all weekend, and about 38,000 people took the chance. Queues at the station stop reached the end of the square on Saturday morning.',
        'A signalling fault near the university stopped all trams for forty minutes on Saturday afternoon. Staff handed out water while the fault was fixed.',
        'Regular service starts Monday, with a tram every seven minutes at peak times and every fifteen minutes in the evening.',
      ],
    },
    {
      title: 'One year on: did the tram deliver?',
      summary:
        'Ridership beat forecasts by 12 percent and embankment traffic fell by a quarter, but some old-town shops say they lost customers.',
      paragraphs: [
        'A year after opening, the tram carries an average of 24,500 passengers a day, twelve percent more than forecast. Morning trams to the university are often full.',
        'Traffic on the embankment road fell by a quarter, and air quality measurements at the station improved for the first time in a decade.',
        'Not everyone is pleased. Several shops on Market Street say passers-by now walk straight from the tram to the river. The council has promised a study of footfall in the old town.',
      ],
    },
  ],
  drafts: [
    {
      title: 'What comes next: the northern extension',
      summary: 'Planners are drafting a four-kilometre extension to the northern estates.',
      paragraphs: [
        'Planners are working on an extension of four kilometres to the northern housing estates, where many residents still rely on one bus line.',
        'No budget has been set yet, and the first public consultation is expected next year.',
      ],
    },
    {
      title: 'Interview: the engineer behind the bridge deck',
      summary: 'A conversation with the engineer who kept the Iron Bridge standing.',
      paragraphs: [
        'We spoke with the structural engineer who proposed the side deck for the Iron Bridge.',
        'She explains why keeping the old bridge was, in the end, the simpler option.',
      ],
    },
  ],
  unlinked: [
    {
      title: 'Weekend weather: storms expected along the coast',
      summary: 'Strong winds and heavy rain are forecast from Friday night. The ferry may not run on Saturday.',
      paragraphs: [
        'The weather service expects gusts of up to ninety kilometres an hour along the coast from Friday night, with heavy rain until Sunday morning.',
        'The ferry company will decide on Saturday at six whether crossings go ahead. Check the company website before leaving home.',
      ],
    },
    {
      title: 'Letters: readers on parking in the old town',
      summary: 'Readers disagree on the new parking charges: some welcome quieter streets, others fear for local shops.',
      paragraphs: [
        'Our article on the new parking charges brought more letters than any other this month.',
        'Some readers welcome quieter streets and safer crossings. Others, many of them shop owners, fear that customers will simply drive to the retail park instead.',
      ],
    },
  ],
};

export const frenchOrder: DemoReadingOrder = {
  locale: 'fr',
  published: [
    {
      title: 'Le marché couvert rouvre ses portes',
      summary: 'Après deux ans de travaux, le marché couvert rouvre samedi avec quarante-deux étals.',
      paragraphs: [
        'Fermé depuis deux ans pour une rénovation complète, le marché couvert rouvre ses portes samedi matin. Quarante-deux commerçants ont signé un nouveau bail.',
        'La charpente métallique d’origine a été restaurée, et une verrière neuve laisse entrer la lumière du jour dans toute la halle.',
      ],
    },
    {
      title: 'Qui sont les nouveaux commerçants du marché',
      summary: 'Un tiers des étals sont tenus par des producteurs installés depuis moins de cinq ans.',
      paragraphs: [
        'Parmi les quarante-deux commerçants, quatorze se sont installés il y a moins de cinq ans : maraîchers, fromagers et une torréfactrice.',
        'La mairie a réservé six étals à loyer réduit pour les jeunes producteurs de la région pendant trois ans.',
      ],
    },
    {
      title: 'Un mois après : le marché a-t-il trouvé son public ?',
      summary: 'La fréquentation du samedi dépasse les attentes, mais les matinées de semaine restent calmes.',
      paragraphs: [
        'Un mois après la réouverture, le marché accueille environ neuf mille visiteurs chaque samedi, bien plus que prévu.',
        'En semaine, en revanche, les allées restent calmes avant midi. Les commerçants demandent des horaires adaptés.',
      ],
    },
  ],
  drafts: [],
  unlinked: [],
};

/**
 * A series of the plugin's series type ("Part 2 of 4"): an order of its own beside
 * the reading order, its articles named by title.
 */
export interface DemoSeriesList {
  locale: string;
  title: string;
  description: string;
  articles: string[];
}

export const demoSeriesLists: DemoSeriesList[] = [
  {
    locale: 'en',
    title: 'Building the tram, in four parts',
    description: 'From the first shovel at the old docks to the first passengers: the construction of the Riverside tram.',
    articles: [
      'Breaking ground at the old docks',
      'The bridge problem, and how it was solved',
      'Night tests: the first tram on the tracks',
      'Opening day: thousands ride the Riverside tram',
    ],
  },
];
