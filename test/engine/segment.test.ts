// Golden table for the segmenter (after sentence-splitter's pragmatic_segmenter table). Each
// expected entry is one segment's text; `# ` marks a heading, `~ ` page furniture, no mark body.
import { describe, expect, it } from 'vitest'
import { segment } from '../../src/engine/segment'

type Case = { name: string; input: string; expected: string[]; title?: string | null }

const cases: Case[] = [
  // sentence boundaries
  {
    name: 'splits plain sentences on periods',
    input: 'The talks began. They ended late.',
    expected: ['The talks began.', 'They ended late.'],
  },
  {
    name: 'splits on question and exclamation marks',
    input: 'Will he go? Nobody knows! Officials declined to comment.',
    expected: ['Will he go?', 'Nobody knows!', 'Officials declined to comment.'],
  },
  {
    name: 'does not split on decimal numbers',
    input: 'Inflation rose 1.5 points to 3.5% in May. Markets fell.',
    expected: ['Inflation rose 1.5 points to 3.5% in May.', 'Markets fell.'],
  },
  {
    name: 'does not split on money amounts',
    input: 'The deal is worth $2.3 billion, or about €2.1 bn. It closes in June.',
    expected: ['The deal is worth $2.3 billion, or about €2.1 bn.', 'It closes in June.'],
  },
  {
    name: 'does not split after U.S. before a lower-case word',
    input: 'He denounced U.S. pressure on the region. Allies agreed.',
    expected: ['He denounced U.S. pressure on the region.', 'Allies agreed.'],
  },
  {
    name: 'does not split after U.S. before a proper name',
    input: 'Meanwhile, U.S. State Department spokesperson Matthew Miller spoke. He was brief.',
    expected: [
      'Meanwhile, U.S. State Department spokesperson Matthew Miller spoke.',
      'He was brief.',
    ],
  },
  {
    name: 'splits after an initialism that ends a sentence before a sentence starter',
    input: 'The sanctions came from the U.N. The vote was close.',
    expected: ['The sanctions came from the U.N.', 'The vote was close.'],
  },
  {
    name: 'keeps the initials of J.R.R. Tolkien together',
    input: 'The book by J.R.R. Tolkien sold well. It was reprinted.',
    expected: ['The book by J.R.R. Tolkien sold well.', 'It was reprinted.'],
  },
  {
    name: 'does not split after a middle initial',
    input: 'George W. Bush met him in 2001. They spoke for an hour.',
    expected: ['George W. Bush met him in 2001.', 'They spoke for an hour.'],
  },
  {
    name: 'does not split after titles such as Mr., Dr. and Gen.',
    input: 'Mr. Kim and Dr. Lee met Gen. Park in St. Petersburg. The meeting was private.',
    expected: ['Mr. Kim and Dr. Lee met Gen. Park in St. Petersburg.', 'The meeting was private.'],
  },
  {
    name: 'does not split after an abbreviated month before a day',
    input: 'The vote is on Jan. 6 in Seoul. Results follow.',
    expected: ['The vote is on Jan. 6 in Seoul.', 'Results follow.'],
  },
  {
    name: 'does not split after No. before a number',
    input: 'He was ranked No. 1 in the world. She was second.',
    expected: ['He was ranked No. 1 in the world.', 'She was second.'],
  },
  {
    name: 'splits after Inc. when a new sentence starts',
    input: 'Shares of Apple Inc. rose. The company said Apple Inc. The rest fell.',
    expected: ['Shares of Apple Inc. rose.', 'The company said Apple Inc.', 'The rest fell.'],
  },
  {
    name: 'does not split after a.m. before a lower-case word',
    input: 'The plane landed at 9 a.m. local time. Crowds waited.',
    expected: ['The plane landed at 9 a.m. local time.', 'Crowds waited.'],
  },
  {
    name: 'does not split on a mid-sentence ellipsis',
    input: 'He said the deal was ... complicated, and left. Talks resume today.',
    expected: ['He said the deal was ... complicated, and left.', 'Talks resume today.'],
  },
  {
    name: 'does not split on a mid-sentence ellipsis character',
    input: 'We will win… eventually, he said. Nobody believed him.',
    expected: ['We will win… eventually, he said.', 'Nobody believed him.'],
  },
  {
    name: 'splits after an ellipsis that ends a sentence',
    input: 'And then the lights went out... The crowd panicked.',
    expected: ['And then the lights went out...', 'The crowd panicked.'],
  },
  {
    name: 'splits after a closing quote that ends a sentence',
    input: 'He called it “friendship” and “neighborliness.” Next came the visit.',
    expected: ['He called it “friendship” and “neighborliness.”', 'Next came the visit.'],
  },
  {
    name: 'splits after straight closing quotes too',
    input: 'She said "it is over." The rally dispersed.',
    expected: ['She said "it is over."', 'The rally dispersed.'],
  },
  {
    name: 'splits a quoted sentence from the attributed sentence before it',
    input: '“We are ready,” he said. “We will act.”',
    expected: ['“We are ready,” he said.', '“We will act.”'],
  },
  {
    name: 'does not split a quoted question followed by its attribution',
    input: '“Why now?” he asked. “Because it matters.”',
    expected: ['“Why now?” he asked.', '“Because it matters.”'],
  },
  {
    name: 'keeps a quote with an inner abbreviation in one sentence',
    input: 'He described it as “U.S. pressure, blackmail, and military threats”.',
    expected: ['He described it as “U.S. pressure, blackmail, and military threats”.'],
  },
  {
    name: 'splits after a closing parenthesis',
    input: 'The ministry confirmed it (after a delay.) Then it went quiet.',
    expected: ['The ministry confirmed it (after a delay.)', 'Then it went quiet.'],
  },
  {
    name: 'keeps a parenthesised dateline in its first sentence',
    input: '(SEOUL, South Korea) — Putin is expected to arrive. He will stay two days.',
    expected: ['(SEOUL, South Korea) — Putin is expected to arrive.', 'He will stay two days.'],
  },
  {
    name: 'keeps a colon dateline in its first sentence',
    input: 'Pyongyang: In a historic move, Putin pledged support. Kim welcomed it.',
    expected: ['Pyongyang: In a historic move, Putin pledged support.', 'Kim welcomed it.'],
  },
  {
    name: 'keeps a wire dateline in its first sentence',
    input: 'WASHINGTON (Reuters) - The U.S. Senate passed the bill on Tuesday. It goes to the House.',
    expected: [
      'WASHINGTON (Reuters) - The U.S. Senate passed the bill on Tuesday.',
      'It goes to the House.',
    ],
  },
  {
    name: 'keeps an AP dateline with an abbreviated city in its first sentence',
    input: 'ST. LOUIS (AP) — A storm hit the city. Power is out.',
    expected: ['ST. LOUIS (AP) — A storm hit the city.', 'Power is out.'],
  },
  {
    name: 'makes each dash list item its own sentence',
    input: 'The plan has three parts:\n- a ceasefire\n- prisoner swaps\n- new talks',
    expected: ['The plan has three parts:', '- a ceasefire', '- prisoner swaps', '- new talks'],
  },
  {
    name: 'makes each bullet list item its own sentence',
    input: 'Key points:\n• Putin visits Pyongyang\n• Kim hosts a gala',
    expected: ['Key points:', '• Putin visits Pyongyang', '• Kim hosts a gala'],
  },
  {
    name: 'does not split a numbered list item on its number',
    input: 'Steps taken:\n1. Sanctions were lifted.\n2. Trade resumed.',
    expected: ['Steps taken:', '1. Sanctions were lifted.', '2. Trade resumed.'],
  },
  {
    name: 'starts a new paragraph at every line break, even without a period',
    input: 'First line without a period and more words than a heading would have in it\nSecond line.',
    expected: [
      'First line without a period and more words than a heading would have in it',
      'Second line.',
    ],
  },
  {
    name: 'handles Windows line endings and blank lines',
    input: 'It rained.\r\n\r\nIt stopped.\r\n',
    expected: ['It rained.', 'It stopped.'],
  },
  {
    name: 'does not split on a lower-case word after a period in a name',
    input: 'The site example.com reported it. Others followed.',
    expected: ['The site example.com reported it.', 'Others followed.'],
  },
  // headings and titles
  {
    name: 'takes the first heading-like line as the title',
    input: 'Putin Arrives in Pyongyang for Rare Visit\n\nPutin landed on Tuesday. Kim met him.',
    expected: ['# Putin Arrives in Pyongyang for Rare Visit', 'Putin landed on Tuesday.', 'Kim met him.'],
    title: 'Putin Arrives in Pyongyang for Rare Visit',
  },
  {
    name: 'accepts a sentence-case headline at the top as the title',
    input: 'Heatwave kills dozens across northern India\nTemperatures passed 48C on Friday.',
    expected: ['# Heatwave kills dozens across northern India', 'Temperatures passed 48C on Friday.'],
    title: 'Heatwave kills dozens across northern India',
  },
  {
    name: 'prefers a headline over a one-word section label above it',
    input: 'World\nLeaders Gather in Geneva for Talks\nThe summit opened on Monday.',
    expected: ['# World', '# Leaders Gather in Geneva for Talks', 'The summit opened on Monday.'],
    title: 'Leaders Gather in Geneva for Talks',
  },
  {
    name: 'gives a report that opens with body text no title',
    input: 'The summit opened on Monday.\nWhat Comes Next\nTalks continue.',
    expected: ['The summit opened on Monday.', '# What Comes Next', 'Talks continue.'],
    title: null,
  },
  {
    name: 'keeps a mid-report section heading in Title Case as a heading',
    input: 'Talks went on.\nA Divided Security Council\nRussia vetoed it.',
    expected: ['Talks went on.', '# A Divided Security Council', 'Russia vetoed it.'],
  },
  {
    name: 'drops an AP contributor line',
    input:
      'Rescuers searched the rubble through the night.\n\nAssociated Press writer Suzan Fraser contributed from Ankara.',
    expected: ['Rescuers searched the rubble through the night.', '~ Associated Press writer Suzan Fraser contributed from Ankara.'],
  },
  {
    name: 'drops a contributed-to-this-report line',
    input: 'The vote is set for May.\n\nJane Roe in London contributed to this report.',
    expected: ['The vote is set for May.', '~ Jane Roe in London contributed to this report.'],
  },
  {
    name: 'keeps a sentence about contributions in the body',
    input: 'The vote is set for May.\n\nThe fund contributed from its reserves to the rebuilding of the school last year, officials said.',
    expected: ['The vote is set for May.', 'The fund contributed from its reserves to the rebuilding of the school last year, officials said.'],
  },
  {
    name: 'takes a long sentence-case headline above a time stamp for the title',
    input:
      'Assam floods: Death toll rises to 38, over 11 lakh people affected in 22 districts\n\nUpdated: June 21, 2024 10:45 IST\n\nGuwahati: The death toll rose to 38 on Friday.',
    expected: [
      '# Assam floods: Death toll rises to 38, over 11 lakh people affected in 22 districts',
      '~ Updated: June 21, 2024 10:45 IST',
      'Guwahati: The death toll rose to 38 on Friday.',
    ],
    title: 'Assam floods: Death toll rises to 38, over 11 lakh people affected in 22 districts',
  },
  {
    name: 'takes a live-blog entry title under its time stamp for a heading',
    input:
      'The chancellor has started her Budget statement in the Commons.\n\n14:20\nIncome tax thresholds\n\nThe personal allowance will rise to £13,000 from April, Morgan told MPs.',
    expected: [
      'The chancellor has started her Budget statement in the Commons.',
      '~ 14:20',
      '# Income tax thresholds',
      'The personal allowance will rise to £13,000 from April, Morgan told MPs.',
    ],
  },
  {
    name: 'takes a sentence-case headline set apart by a blank line for the title',
    input:
      'Morgan freezes fuel duty and lifts tax threshold in first Budget\n\nChancellor Rachel Morgan froze fuel duty for another year on Wednesday.',
    expected: [
      '# Morgan freezes fuel duty and lifts tax threshold in first Budget',
      'Chancellor Rachel Morgan froze fuel duty for another year on Wednesday.',
    ],
    title: 'Morgan freezes fuel duty and lifts tax threshold in first Budget',
  },
  {
    name: 'keeps a sentence-case subhead between two prose paragraphs as a heading',
    input:
      'The council voted on Tuesday to raise water rates by 14 percent.\n\nWhat residents said\n\nMore than 40 residents spoke during a public hearing on the plan.',
    expected: [
      'The council voted on Tuesday to raise water rates by 14 percent.',
      '# What residents said',
      'More than 40 residents spoke during a public hearing on the plan.',
    ],
  },
  {
    name: 'keeps a short line that ends like a sentence in the body',
    input:
      'The council voted on Tuesday to raise water rates by 14 percent.\n\nResidents were angry.\n\nMore than 40 residents spoke during a public hearing on the plan.',
    expected: [
      'The council voted on Tuesday to raise water rates by 14 percent.',
      'Residents were angry.',
      'More than 40 residents spoke during a public hearing on the plan.',
    ],
  },
  {
    name: 'does not take a short body line ending in a colon for a heading',
    input: 'Talks went on.\nHe listed the demands:\nRussia refused.',
    expected: ['Talks went on.', 'He listed the demands:', 'Russia refused.'],
  },
  {
    name: 'marks a later line repeating the title as a caption',
    input: 'Floods Hit Southern Brazil\nFloods Hit Southern Brazil\nRain fell for days.',
    expected: ['# Floods Hit Southern Brazil', '~ Floods Hit Southern Brazil', 'Rain fell for days.'],
  },
  // boilerplate in the style of other sites
  {
    name: 'marks Reuters-style bylines and copyright notes as furniture',
    input:
      'By Jane Doe and John Roe\nThe central bank held rates.\nReporting by Jane Doe; Editing by Ed Lee\nOur Standards: The Thomson Reuters Trust Principles.',
    expected: [
      '~ By Jane Doe and John Roe',
      'The central bank held rates.',
      '~ Reporting by Jane Doe; Editing by Ed Lee',
      '~ Our Standards: The Thomson Reuters Trust Principles.',
    ],
  },
  {
    name: 'marks AP photo credits and the AP rights line as furniture',
    input:
      'AP Photo/Ahn Young-joon\nThe parade began at dawn.\nCopyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    expected: [
      '~ AP Photo/Ahn Young-joon',
      'The parade began at dawn.',
      '~ Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    ],
  },
  {
    name: 'marks a syndication line that forbids rewriting only as furniture',
    input:
      'The parade began at dawn.\nThis material may not be published, broadcast or rewritten.',
    expected: [
      'The parade began at dawn.',
      '~ This material may not be published, broadcast or rewritten.',
    ],
  },
  {
    name: 'marks BBC-style player and related-content lines as furniture',
    input:
      'Media playback is unsupported on your device\nThe minister resigned.\nRelated Topics\nMore on this story',
    expected: [
      '~ Media playback is unsupported on your device',
      'The minister resigned.',
      '~ Related Topics',
      '~ More on this story',
    ],
  },
  {
    name: 'marks a WordPress comment box as furniture',
    input:
      'The festival ends Sunday.\n3 Comments\nLeave a Reply\nYour email address will not be published. Required fields are marked *\nPost Comment',
    expected: [
      'The festival ends Sunday.',
      '~ 3 Comments',
      '~ Leave a Reply',
      '~ Your email address will not be published. Required fields are marked *',
      '~ Post Comment',
    ],
  },
  {
    name: 'marks Indian news-site link lines and photo credits as furniture',
    input:
      'The monsoon arrived early.\nALSO READ: Rains lash Mumbai, trains delayed\nPrime Minister at the event. | Photo Credit: PTI\nRead more: How the monsoon works',
    expected: [
      'The monsoon arrived early.',
      '~ ALSO READ: Rains lash Mumbai, trains delayed',
      '~ Prime Minister at the event. | Photo Credit: PTI',
      '~ Read more: How the monsoon works',
    ],
  },
  {
    name: 'marks live-blog time stamps and update lines as furniture',
    input: '10:32 BST\nThe prime minister has arrived.\nUpdated 3 hours ago\n18 June 2024, 09:15',
    expected: [
      '~ 10:32 BST',
      'The prime minister has arrived.',
      '~ Updated 3 hours ago',
      '~ 18 June 2024, 09:15',
    ],
  },
  {
    name: 'marks share, subscribe and follow prompts as furniture',
    input:
      'Share this article\nThe match was cancelled.\nSubscribe to our newsletter for daily updates\nFollow us on X and Facebook\nClick here to read the full report.',
    expected: [
      '~ Share this article',
      'The match was cancelled.',
      '~ Subscribe to our newsletter for daily updates',
      '~ Follow us on X and Facebook',
      '~ Click here to read the full report.',
    ],
  },
  {
    name: 'marks a row of share buttons as furniture',
    input: 'The court adjourned.\nFacebook Twitter WhatsApp Email',
    expected: ['The court adjourned.', '~ Facebook Twitter WhatsApp Email'],
  },
  {
    name: 'marks cookie notices and consent buttons as furniture',
    input:
      'We use cookies to improve your experience on our site.\nAccept all cookies\nThe vote passed.',
    expected: [
      '~ We use cookies to improve your experience on our site.',
      '~ Accept all cookies',
      'The vote passed.',
    ],
  },
  {
    name: 'marks privacy links written in capitals as furniture',
    input: 'The vote passed.\nDO NOT SELL MY PERSONAL INFORMATION\nYOUR PRIVACY CHOICES',
    expected: [
      'The vote passed.',
      '~ DO NOT SELL MY PERSONAL INFORMATION',
      '~ YOUR PRIVACY CHOICES',
    ],
  },
  {
    name: 'marks advertisement markers as furniture',
    input: 'The rally began.\nADVERTISEMENT\nIt ended peacefully.\n- Advertisement -\nSponsored',
    expected: ['The rally began.', '~ ADVERTISEMENT', 'It ended peacefully.', '~ - Advertisement -', '~ Sponsored'],
  },
  {
    name: 'marks an empty-author byline and publication stamps as furniture',
    input: 'Written by on June 18, 2024\nPublished On Jun 18, 2024 at 05:43 AM IST\nThe rupee fell.',
    expected: ['~ Written by on June 18, 2024', '~ Published On Jun 18, 2024 at 05:43 AM IST', 'The rupee fell.'],
  },
  {
    name: 'marks Getty and image-credit lines as furniture',
    input:
      'Contributor/Getty Images\n(Image credit: NASA/JPL)\nPhoto: Reuters\nThe probe landed.',
    expected: ['~ Contributor/Getty Images', '~ (Image credit: NASA/JPL)', '~ Photo: Reuters', 'The probe landed.'],
  },
  {
    name: 'marks a player widget and the labels inside it as furniture',
    input: 'Current track\n\nTitle\n\nArtist\n\nNow playing\nThe storm moved east.',
    expected: ['~ Current track', '~ Title', '~ Artist', '~ Now playing', 'The storm moved east.'],
  },
  {
    name: 'marks a short label between furniture lines as furniture',
    input: 'The storm moved east.\nShare this article\nPrint\nFollow us on Instagram',
    expected: ['The storm moved east.', '~ Share this article', '~ Print', '~ Follow us on Instagram'],
  },
  {
    name: 'marks menus and tag lists as furniture',
    input: 'Home | World | Asia | Politics\nThe election is in May.\nTags: Election, Asia',
    expected: ['~ Home | World | Asia | Politics', 'The election is in May.', '~ Tags: Election, Asia'],
  },
  {
    name: 'marks BBC-style image source and caption labels and a lone agency credit as furniture',
    input:
      'Image source, Getty Images\nImage caption, Putin was greeted at the airport\nThe pact was signed.\nAFP via Getty Images',
    expected: [
      '~ Image source, Getty Images',
      '~ Image caption, Putin was greeted at the airport',
      'The pact was signed.',
      '~ AFP via Getty Images',
    ],
  },
  {
    name: 'marks live-blog controls and agency input notes as furniture',
    input: 'Key events\nShow key events only\nThe polls have closed.\n(With inputs from PTI)',
    expected: [
      '~ Key events',
      '~ Show key events only',
      'The polls have closed.',
      '~ (With inputs from PTI)',
    ],
  },
  {
    name: 'marks a furniture sentence at the end of a body paragraph',
    input: 'The index fell 2%. Click here to subscribe to market alerts.',
    expected: ['The index fell 2%.', '~ Click here to subscribe to market alerts.'],
  },
  {
    name: 'keeps body sentences that begin like furniture',
    input:
      'By Tuesday evening, troops had withdrawn.\nPublished in 2019, the report found five flaws.\nRussia did not accept all the terms.',
    expected: [
      'By Tuesday evening, troops had withdrawn.',
      'Published in 2019, the report found five flaws.',
      'Russia did not accept all the terms.',
    ],
  },
  {
    name: 'keeps body sentences that mention photos, comments and copyright',
    input:
      'Getty Images shares fell 4% on the news. Comments from the minister angered farmers. The copyright case was dismissed.',
    expected: [
      'Getty Images shares fell 4% on the news.',
      'Comments from the minister angered farmers.',
      'The copyright case was dismissed.',
    ],
  },
]

const mark = { body: '', heading: '# ', boilerplate: '~ ' } as const

describe('segment golden table', () => {
  it('has at least 45 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(45)
  })

  for (const c of cases) {
    it(c.name, () => {
      const result = segment(c.input)
      expect(result.segments.map((s) => mark[s.role] + s.text)).toEqual(c.expected)
      if (c.title !== undefined) expect(result.title).toBe(c.title)
    })
  }
})

describe('segment fields', () => {
  it('reports raw offsets, normalised text and paragraph numbers', () => {
    const raw = 'Intro:\r\n\r\n  “Hi,”  he said — twice.\u00A0Then left.'
    const { segments } = segment(raw)
    expect(segments.map((s) => [s.text, s.norm, s.paragraph])).toEqual([
      ['Intro:', 'Intro:', 0],
      ['“Hi,”  he said — twice.', '"Hi," he said - twice.', 1],
      ['Then left.', 'Then left.', 1],
    ])
    for (const s of segments) expect(raw.slice(s.start, s.end)).toBe(s.text)
  })

  it('maps offsets through NFC composition', () => {
    const raw = 'Cafe\u0301 owners protested. They won.'
    const { segments } = segment(raw)
    expect(segments.map((s) => s.text)).toEqual(['Cafe\u0301 owners protested.', 'They won.'])
    expect(segments[0]?.norm).toBe('Caf\u00E9 owners protested.')
  })

  it('returns no segments for empty or blank input', () => {
    expect(segment('')).toEqual({ title: null, segments: [] })
    expect(segment(' \n\t\r\n ')).toEqual({ title: null, segments: [] })
  })
})
