// News-style sentences with the dates a careful reader would give them, published on Friday
// 14 June 2024: the date finder's measured corpus (precision and recall in docs/studio.md).
// Each line: the text, then the EDTF of every datable moment in it (none for a decoy).

/** The corpus's publication day. */
export const CORPUS_PUBLISHED = '2024-06-14';

/** [sentence, expected EDTF dates]. */
export const CORPUS: readonly (readonly [string, readonly string[]])[] = [
  // Bare years and ranges
  ['The treaty was signed in 1998 after long talks.', ['1998']],
  ['Under the 1949 Geneva Conventions, the rules are clear.', ['1949']],
  ['The company was founded in 1886 by a pharmacist.', ['1886']],
  ['Laws passed in 1999 and 2002 limited the aid.', ['1999', '2002']],
  ['Since 2015, the river has flooded every spring.', ['2015']],
  ['The war lasted from 1914 to 1918.', ['1914/1918']],
  ['She served as mayor between 2001 and 2009.', ['2001/2009']],
  ['The 1993–94 season was his best.', ['1993/1994']],
  ['By 2010, sales had doubled.', ['2010']],
  ['In 2020, the pandemic closed the schools.', ['2020']],
  // Explicit days and months
  ['The bill was signed on March 3, 2021, in the Rose Garden.', ['2021-03-03']],
  ['Protests began on 9 November 1989 in Berlin.', ['1989-11-09']],
  ['On Jan. 6, 2021, a mob stormed the Capitol.', ['2021-01-06']],
  ['The report was published in May 2019.', ['2019-05']],
  ['Elections were held in October 2022 across the country.', ['2022-10']],
  ['The ruling came on Sept. 12, 2008.', ['2008-09-12']],
  ['In February 2014, the protests turned deadly.', ['2014-02']],
  ['The factory closed on 30 June 2001.', ['2001-06-30']],
  // Relative to the publication day
  ['The minister resigned last year over the scandal.', ['2023']],
  ['Prices rose sharply last month.', ['2024-05']],
  ['The storm hit the coast yesterday.', ['2024-06-13']],
  ['The court ruled on Tuesday that the law stands.', ['2024-06-11']],
  ['On Friday, the talks collapsed.', ['2024-06-14']],
  ['The company said on Monday it would cut jobs.', ['2024-06-10']],
  ['In October, the council approved the plan.', ['2023-10']],
  ['Inflation peaked in March.', ['2024-03']],
  ['The ship sank on April 15 with all hands.', ['2024-04-15']],
  ['The talks resumed on Dec. 2 after a pause.', ['2023-12-02']],
  ['The reforms were passed this year.', ['2024']],
  ['Two weeks ago, the dam burst.', ['2024-05-31~']],
  ['Three days ago, the rebels took the town.', ['2024-06-11']],
  ['Last week, the strike spread to the ports.', ['2024-06-03/2024-06-09']],
  // Ago, approximately
  ['The court was created two decades ago.', ['2004~']],
  ['A decade ago, no one had heard of her.', ['2014~']],
  ['The mine opened 20 years ago.', ['2004~']],
  ['The bridge was built a century ago.', ['1924~']],
  ['The firm was sold three years ago.', ['2021']],
  // Decades and centuries
  ['In the 1990s, the city boomed.', ['199X']],
  ['The music of the ’80s is back.', ['198X']],
  ['In the early 2000s, few had smartphones.', ['2000~/2002~']],
  ['By the late 1970s, the industry was in decline.', ['1977~/1979~']],
  ['Cotton mills spread in the 19th century.', ['18XX']],
  ['The style dates from the late 18th century.', ['1767~/1799~']],
  // Seasons
  ['The offensive began in the spring of 2022.', ['2022-03~/2022-05~']],
  ['The drought of summer 2018 ruined crops.', ['2018-06~/2018-08~']],
  ['Talks broke down last autumn.', ['2023-09~/2023-11~']],
  ['The ice melted early last winter.', ['2023-12~/2024-02~']],
  // Early, mid, late
  ['The merger closed in early 2020.', ['2020-01~/2020-04~']],
  ['Construction stopped in mid-2019.', ['2019-05~/2019-08~']],
  ['The plant reopened late in 2008.', ['2008-09~/2008-12~']],
  ['Congress passed the bill in late December.', ['2023-12']],
  ['The vote is set for mid-March 2021, officials said.', ['2021-03']],
  ['Fighting flared in early May.', ['2024-05']],
  ['The policy changed earlier this year.', ['2024-01~/2024-06~']],
  // Before the common era
  ['Caesar crossed the Rubicon in 49 BC.', ['-0048']],
  ['The city was founded around 753 BCE.', ['-0752']],
  ['Vesuvius erupted in AD 79.', ['0079']],
  // Steps from the date before
  ['The war began in 1939. Six years later, it was over.', ['1939', '1945']],
  ['The dam was finished in 1936; the following year, the town flooded.', ['1936', '1937']],
  ['She was elected in 2010 and, two years later, resigned.', ['2010', '2012']],
  ['The strike began in March 2019. Three months later, it ended.', ['2019-03', '2019-06']],
  // Decoys: numbers and words that are not dates
  ['The army sent 2000 troops to the border.', []],
  ['Now the court must decide.', []],
  ['Shares rose 1,998 points, a record.', []],
  ['The plan costs $2020 a head.', []],
  ['Theresa May said the vote would go ahead.', []],
  ['The treaty was signed on the last day it was open.', []],
  ['It was the last year of the war.', []],
];
