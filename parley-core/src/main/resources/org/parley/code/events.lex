# Parley event lexicon: trigger lemmas -> CAMEO event codes (codebook 1.1b3).
# Format (see docs/LEXICON.md):  CODE  TRIGGER  [CONSTRAINT ...]
#   CODE        CAMEO code with its leading zero, or '-' for "not an event in this sense"
#   TRIGGER     a lemma: a verb by default, lemma/n for a noun
#   CONSTRAINT  prt:PARTICLE  obj:L1|L2  prep:P1|P2  src:P  mod:L1|L2   (all must hold; more win)
#               src:P is prep:P whose party is the actor and the subject the target ("received aid from")
# Within a root, the root's "not specified" code is used unless the phrasing fixes a
# subcode. Noun triggers usually get their actor through a support verb (support-verbs.txt).

# ---------------------------------------------------------------- 01 MAKE PUBLIC STATEMENT
010  comment
010  remark
011  decline      obj:comment
011  refuse       obj:comment
012  express      obj:pessimism|doubt|skepticism|scepticism|fear
012  voice        obj:pessimism|doubt|skepticism|scepticism|fear
012  raise        obj:doubt
013  express      obj:optimism|hope|confidence
013  voice        obj:optimism|hope|confidence
014  consider
014  mull
014  contemplate
014  weigh
014  explore      obj:possibility|option|way
015  claim        obj:responsibility|credit
015  take         obj:responsibility
015  admit
015  acknowledge
015  retract
016  deny
016  deny         obj:accusation|allegation|charge|claim|report|responsibility|involvement|role
016  reject       obj:accusation|allegation|charge|claim|report
016  dismiss      obj:accusation|allegation|charge|claim|report
016  rebut
016  refute
016  denial/n
017  lay          obj:wreath
017  attend       obj:funeral|vigil|commemoration|memorial
017  hold         obj:vigil|ceremony|funeral|memorial|commemoration
017  observe      obj:silence
017  pay          obj:homage|respect
017  commemorate
017  vigil/n
018  express      obj:condolence|sympathy|solidarity|sorrow|grief
018  offer        obj:condolence|sympathy
018  extend       obj:condolence|sympathy
018  sympathize
018  sympathise
018  console
018  mourn
018  condolence/n
019  concur
019  share        obj:view|concern|position|understanding|assessment

# ---------------------------------------------------------------- 02 APPEAL
020  appeal
020  urge
020  call         prt:on
# "called on Iran to ...": CoreNLP often attaches "on" as the case of an oblique, not a particle
020  call         prep:on|upon
020  call         prep:for
020  ask
020  request
020  plead
020  implore
020  beseech
020  encourage
020  propose
020  suggest
020  recommend
020  seek
020  appeal/n
020  request/n
020  plea/n
020  call/n       prep:for
020  proposal/n
-    appeal       obj:verdict|ruling|decision|sentence|conviction|judgment|judgement
022  seek         obj:support|backing|endorsement
022  ask          obj:support|backing
022  request      obj:support|backing
022  lobby
0213 request      obj:extradition|handover
0213 seek         obj:extradition|handover
023  ask          obj:aid|assistance|help
023  request      obj:aid|assistance|help|loan
023  seek         obj:aid|assistance|help|loan|funding
0233 seek         obj:asylum|refuge|shelter
0233 seek         obj:asylum|refuge|shelter prep:in   # "sought asylum in Germany": the country asked for it is the target
0234 request      obj:peacekeeper|protection|troop
0234 seek         obj:protection
0241 urge         obj:resignation|election
0253 urge         obj:release
0253 seek         obj:release
0254 urge         obj:lifting
0256 urge         obj:restraint|calm|de-escalation|ceasefire|cease-fire|truce|withdrawal
026  urge         obj:talk|dialogue|negotiation
027  urge         obj:settlement|solution|resolution|compromise
028  urge         obj:mediation

# ---------------------------------------------------------------- 03 EXPRESS INTENT TO COOPERATE
030  offer
030  promise
030  pledge
030  vow
030  agree
030  commit       prep:to
030  undertake
030  guarantee
030  assure
030  ensure       # making certain of something for another party: an assurance
030  assurance/n
030  offer/n
030  promise/n
030  pledge/n
030  commitment/n
030  offer        obj:cooperation|help
030  pledge       obj:cooperation
030  express      obj:willingness|readiness|interest|desire|intention|commitment
030  accept       obj:offer|proposal|plan
030  accept       obj:formula|framework|terms|roadmap|compromise|deal|settlement|blueprint
036  accept       obj:invitation
032  offer        obj:support|backing
032  pledge       obj:support|backing|solidarity
032  promise      obj:support|backing
033  offer        obj:aid|assistance|loan|grant|money|fund|funding
033  pledge       obj:aid|assistance|help|loan|grant|money|funding
033  promise      obj:aid|assistance|help|loan|funding
0333 offer        obj:asylum|refuge|shelter
0334 offer        obj:troop|peacekeeper|protection
0334 pledge       obj:troop|soldier|peacekeeper
034  promise      obj:reform|change
034  pledge       obj:reform
0341 promise      obj:election
035  offer        obj:concession|compromise
0353 promise      obj:release
0353 offer        obj:amnesty|pardon
0356 offer        obj:truce|ceasefire|cease-fire
0356 promise      obj:withdrawal
036  offer        obj:talk|negotiation|dialogue|meeting
# an invitation is an offer to host a meeting or visit (CAMEO 036, not an appeal)
036  invite
036  invitation/n
036  extend       obj:invitation
038  accept       obj:mediation
039  offer        obj:mediation

# ---------------------------------------------------------------- 04 CONSULT
040  meet
040  consult
040  confer
040  convene
040  huddle
040  discuss
040  talk
040  speak        prep:with
040  get          prt:together
040  sit          prt:down prep:with
040  meeting/n
040  summit/n
040  consultation/n
040  conference/n
-    conference/n mod:news|press
040  dialogue/n
040  dialog/n
040  conversation/n
040  hold         obj:meeting|summit|consultation|conference|dialogue
040  exchange     obj:view|idea|opinion
083  meet         obj:demand|condition
-    meet         obj:target|deadline|need|requirement|expectation|standard|criterion|goal|obligation|cost|challenge
041  phone
041  telephone
041  call
041  talk         prep:by
041  speak        prep:by
041  call/n
041  conversation/n mod:phone|telephone
041  hold         obj:call|conversation
-    call         prt:off
-    call         obj:election|referendum|vote
-    call/n       mod:close
042  visit
042  tour
042  travel       prep:to
042  fly          prep:to
042  arrive       prep:in
042  visit/n
042  trip/n
042  pay          obj:visit
042  attend       obj:summit|olympics|olympiad|game|conference|forum|inauguration|coronation|ceremony|celebration|jubilee   # travelling to another place for an event (codebook 042)
043  host
043  receive
-    receive      obj:aid|assistance|help|award|prize|letter|call|support|funding|money|report|information|vote|treatment|sentence
-    receive      obj:weapon|arms|ammunition|equipment|loan|credit|grant|assurance|guarantee|pledge|invitation|threat|apology|visit|food|medicine|supply|shipment|asylum|donation
# Receiving from a giver: the "from" phrase acts and the subject is its target (LexiconEntry.receives).
070  receive      obj:aid|assistance|help|donation src:from
071  receive      obj:loan|credit|grant|funding|money src:from
072  receive      obj:weapon|arms|ammunition|equipment src:from
073  receive      obj:food|medicine|supply|shipment src:from
075  receive      obj:asylum src:from
030  receive      obj:assurance|guarantee|pledge src:from
036  receive      obj:invitation src:from
041  receive      obj:call src:from
042  receive      obj:visit src:from
055  receive      obj:apology src:from
130  receive      obj:threat src:from
111  receive      obj:criticism|condemnation|rebuke|censure src:from
111  face         obj:criticism|condemnation|rebuke|censure src:from   # "faced criticism from X": X criticised
100  face         obj:pressure|demand src:from
130  face         obj:threat src:from
163  face         obj:sanction|embargo src:from
070  obtain       obj:aid|assistance src:from
071  obtain       obj:loan|credit|grant|funding src:from
072  obtain       obj:weapon|arms|ammunition src:from
070  get          obj:aid|assistance src:from
071  get          obj:loan|credit|grant|funding src:from
072  get          obj:weapon|arms|ammunition src:from
030  get          obj:assurance|guarantee src:from
043  welcome      obj:delegation|visitor|guest|delegate
043  welcome/n    prep:to               # "gave a warm welcome to the visiting president"
043  give         obj:welcome|reception             # "gave X a warm welcome", "gave a welcome to X"
043  accord       obj:welcome|reception
043  extend       obj:welcome
-    host         obj:party|event|ceremony|lunch|luncheon|dinner|banquet|reception|gala|show|concert|tournament|game|olympics|cup|festival|exhibition|competition|championship|website|podcast
045  mediate
045  broker
045  facilitate   obj:talk|negotiation|dialogue
045  mediation/n
046  negotiate
046  bargain
046  haggle
# the codebook treats "holding talks" and "discussions" as negotiation (046)
046  talk/n
046  negotiation/n
046  discussion/n
046  hold         obj:talk|negotiation|discussion

# ---------------------------------------------------------------- 05 DIPLOMATIC COOPERATION
050  normalize
050  normalise
050  normalize    obj:relation|tie
050  restore      obj:relation|tie
050  improve      obj:relation|tie
050  upgrade      obj:relation|tie
050  reopen       obj:embassy|consulate
050  reconcile
050  normalization/n
050  rapprochement/n
050  reconciliation/n
051  praise
051  commend
051  hail
051  applaud
051  laud
051  welcome
051  endorse
051  support
051  back
051  approve
051  congratulate
051  salute
051  thank
051  embrace
051  champion
051  side         prep:with
051  vote         prep:for|in_favor_of|in_favour_of
051  stand        prep:with
051  express      obj:support|appreciation|gratitude|admiration|praise|backing
051  voice        obj:support|appreciation|gratitude|backing
051  pay          obj:tribute
051  praise/n
051  endorsement/n
051  support/n
051  backing/n
051  congratulation/n
051  gratitude/n
052  defend
-    defend       obj:city|town|village|territory|border|base|position|airport|capital|frontier
052  justify
052  vindicate
052  stand        prt:by
053  rally        obj:support|backing
053  mobilize     obj:support|backing
053  mobilise     obj:support|backing
053  drum         prt:up obj:support
054  recognize
054  recognise
-    recognize    obj:need|importance|right|problem|difficulty|fact|role|effort|contribution|achievement
054  establish    obj:relation|tie
054  accredit
054  recognition/n
-    recognition/n mod:facial|face|voice|speech|image
055  apologize
055  apologise
055  express      obj:regret|remorse|apology
055  apology/n
056  forgive
056  absolve
056  forgiveness/n
057  sign
057  sign         obj:agreement|deal|accord|treaty|pact|memorandum|protocol|contract|declaration|charter|convention|communique
0871 sign         obj:ceasefire|cease-fire|truce|armistice
-    sign         obj:letter|petition|book|autograph|decree|order|law|bill|executive|statement
057  ratify
057  conclude     obj:agreement|deal|accord|treaty|pact
057  finalize     obj:agreement|deal|accord|treaty|pact
057  finalise     obj:agreement|deal|accord|treaty|pact
057  seal         obj:agreement|deal|accord|pact
057  ink          obj:agreement|deal|accord|pact|treaty
057  clinch       obj:agreement|deal|accord
057  strike       obj:deal|agreement|accord|bargain|pact
057  reach        obj:agreement|deal|accord|settlement|compromise|understanding
030  reach        obj:consensus                # "reached a consensus": agreement short of a signed deal
057  signing/n
057  ratification/n

# ---------------------------------------------------------------- 06 MATERIAL COOPERATION
060  cooperate
060  co-operate
060  collaborate
060  coordinate
060  partner      prep:with
060  team         prt:up
060  join         obj:force
060  cooperation/n
060  co-operation/n
060  collaboration/n
060  partnership/n
061  trade        prep:with
061  invest       prep:in
061  export       prep:to
061  import       prep:from
061  sell
062  sell         obj:weapon|arm|missile|jet|aircraft|tank|drone|system|warship|submarine|helicopter
062  purchase     obj:weapon|arm|missile|jet|aircraft|tank|drone|system|warship|submarine|helicopter
062  buy          obj:weapon|arm|missile|jet|aircraft|tank|drone|system|warship|submarine|helicopter
062  exercise/n   mod:joint|bilateral|combined|trilateral
062  drill/n      mod:joint|bilateral|combined|trilateral
062  maneuver/n   mod:joint|bilateral|combined
062  manoeuvre/n  mod:joint|bilateral|combined
063  extradite
063  extradition/n
063  hand         prt:over obj:suspect|fugitive|defendant
064  share        obj:intelligence|information|data|evidence|detail|finding
064  share        obj:expertise|know-how|knowledge|experience|technology
064  exchange     obj:intelligence|information|data
064  provide      obj:intelligence|information|evidence
064  brief
064  inform
064  notify

# ---------------------------------------------------------------- 07 PROVIDE AID
070  aid
070  assist
070  help                                    # "helped X": unspecified aid, like assist
070  donate
070  provide      obj:aid|assistance|help|support|relief|supply
070  give         obj:aid|assistance|help|relief|supply
070  hand         prt:over obj:aid|assistance|relief|supply|donation
070  dispatch     obj:aid|assistance|relief|supply|convoy
070  send         obj:aid|assistance|relief|supply|convoy
070  deliver      obj:aid|assistance|relief|supply
070  aid/n
070  assistance/n
070  donation/n
071  fund
071  finance
071  lend
071  grant        obj:loan|credit|aid|grant|fund|funding
071  give         obj:loan|grant|credit|fund|funding
071  grant/n      mod:development|budget|budgetary|cash|aid
071  grant/n      prep:to|for           # "a grant to the health ministry", "gave X a grant"
071  forgive      obj:debt|loan
071  cancel       obj:debt|loan
071  write        prt:off obj:debt|loan
071  aid/n        mod:economic|financial|development|foreign|budget|budgetary
071  assistance/n mod:economic|financial|development|budgetary
071  loan/n
071  bailout/n
072  arm
072  equip
072  supply       obj:weapon|arm|missile|ammunition|tank|jet|aircraft|drone|equipment|system|helicopter
072  send         obj:weapon|arm|missile|ammunition|tank|jet|equipment
072  provide      obj:weapon|arm|missile|ammunition|tank|jet|equipment
072  deliver      obj:weapon|arm|missile|ammunition|tank|jet|equipment|drone|helicopter
072  ship         obj:weapon|arm|missile|ammunition|tank|jet|equipment|drone|helicopter
072  train        obj:troop|soldier|force|army|police|fighter|rebel|officer|militia
072  aid/n        mod:military|security|defense|defence
072  assistance/n mod:military|security|defense|defence
072  support/n    mod:military
071  support/n    mod:financial|economic
073  evacuate
073  rescue
073  airlift
073  airdrop      obj:aid|food|supply|medicine
073  shelter      obj:refugee|civilian|migrant
073  help         obj:refugee|victim|survivor|civilian|migrant
073  deliver      obj:food|medicine|water|fuel|tent|vaccine
073  send         obj:food|medicine|water|fuel|tent|vaccine|doctor
073  hand         prt:over obj:food|medicine|medication|water|fuel|tent|vaccine|blanket
073  dispatch     obj:food|medicine|water|fuel|tent|vaccine|doctor
073  aid/n        mod:humanitarian|emergency|relief|food|medical
073  assistance/n mod:humanitarian|emergency|medical
073  evacuation/n
073  airlift/n
074  deploy       obj:peacekeeper
074  send         obj:peacekeeper
074  dispatch     obj:peacekeeper
074  peacekeeping/n
074  arrive       subj:peacekeeper|peacekeeping|blue-helmet prep:in|at   # a reported deployment: the country arrived in is the target
074  arrive       subj:peacekeeper|peacekeeping|blue-helmet
074  deploy       subj:peacekeeper|peacekeeping|blue-helmet                # "peacekeepers deployed in X" (intransitive)
075  grant        obj:asylum|refuge|sanctuary
075  give         obj:asylum|refuge|sanctuary
075  provide      obj:asylum|refuge|sanctuary
075  accept       obj:refugee|migrant|asylum-seeker
075  take         prt:in obj:refugee|migrant|asylum-seeker

# ---------------------------------------------------------------- 08 YIELD
080  yield
080  concede
080  capitulate
080  relent
080  compromise
080  give         prt:in
080  cave
080  back         prt:down
080  back         prt:off
080  compensate
080  allow                                        # "allowed the candidate to run": yielding on a point
080  permit
080  give         obj:permission|consent|approval|authorization|authorisation|clearance|go-ahead   # "gave X permission to": allowing (as allow)
080  grant        obj:permission|consent|approval|authorization|authorisation|clearance|go-ahead
-    allow        obj:time|room|margin|flexibility
080  pay          obj:compensation|reparation|indemnity
080  concession/n
081  ease         obj:restriction|control|ban|rule|measure|regulation
081  relax        obj:restriction|control|ban|rule|measure|regulation
081  lift         obj:restriction|control|ban|measure
081  loosen       obj:restriction|control|grip
081  cancel       obj:restriction|ban|control|curb|limit|limitation
081  scrap        obj:restriction|ban|control|curb|limit|limitation
081  abolish      obj:restriction|ban|control|curb|limit|limitation
081  revoke       obj:restriction|ban|control|curb|limit|limitation
081  remove       obj:restriction|ban|control|curb|limit|limitation
0811 lift         obj:censorship
0811 enhance      obj:freedom|liberty|right      # widening freedoms is easing the restrictions on them
0811 expand       obj:freedom|liberty|right
0811 broaden      obj:freedom|liberty|right
0811 widen        obj:freedom|liberty|right
0811 restore      obj:freedom|liberty|right
0812 unban
0812 legalize
0812 legalise
0813 lift         obj:curfew
0813 ease         obj:curfew
0813 relax        obj:curfew
0813 shorten      obj:curfew
0813 end          obj:curfew
0813 cancel       obj:curfew
0814 lift         obj:emergency|state|law
082  call         prt:off obj:strike|protest|demonstration|boycott|rally|march
082  end          obj:strike|protest|boycott|sit-in|hunger-strike
082  suspend      obj:strike|protest|boycott
083  accede
083  comply
083  heed
083  accept       obj:demand|condition
0831 resign
0831 step         prt:down
0831 step         prt:aside
0831 abdicate
0831 quit
0831 relinquish   obj:power|post|office|presidency
0831 cede         obj:power
0831 hand         prt:over obj:power
0831 resignation/n
0831 abdication/n
0832 reverse      obj:policy|decision|course|ban
0832 abandon      obj:plan|policy|program|programme
084  release
084  drop         obj:charge|case
084  hand         prt:back
084  release/n
-    release      obj:statement|report|video|data|figure|detail|document|information|footage|album|film|photo|image|result|recording|transcript|book|song|version|update|app|product
-    release/n    mod:press|news
0841 release      obj:prisoner|hostage|detainee|captive|inmate|activist|journalist|soldier|sailor|fisherman|crew|dissident
0841 free
0841 pardon
0841 swap         obj:prisoner|hostage|detainee|captive
0841 exchange     obj:prisoner|hostage|detainee|captive|body
0841 return       obj:body|remains|prisoner|hostage
0841 amnesty/n
0841 pardon/n
0841 swap/n       mod:prisoner
0841 exchange/n   mod:prisoner
0842 return       obj:land|property|territory|asset|artifact|artefact
0842 return       obj:weapon|equipment|vehicle|ship|aircraft  # seized property handed back
190  return       obj:fire
0842 unfreeze     obj:asset|fund|account
085  lift         obj:sanction|embargo|boycott|tariff
085  ease         obj:sanction|embargo|boycott|tariff
085  relax        obj:sanction|embargo
085  suspend      obj:sanction|embargo
085  waive        obj:sanction
085  remove       obj:sanction|embargo|tariff
085  end          obj:sanction|embargo|boycott
086  allow        obj:access|entry
086  expand       obj:access                      # "expand (humanitarian) access": letting in more of it
086  ease         obj:access
086  improve      obj:access
086  widen        obj:access
086  grant        obj:access|entry
086  open         obj:border|crossing
086  open         obj:bridge|corridor|checkpoint|airspace|crossing-point
086  reopen       obj:border|crossing|bridge|corridor|checkpoint|airspace|crossing-point
086  re-open      obj:border|crossing|bridge|corridor|checkpoint|airspace|crossing-point
086  allow        obj:return                      # "allow the return of refugees / inspectors"
0862 admit        obj:inspector|monitor|observer
0862 allow        obj:inspector|inspection|monitor|observer
0862 accept       obj:inspector|inspection|monitor|observer
0861 accept       obj:peacekeeper
0862 receive      obj:inspector|inspection|monitor|observer   # "received a mission of observers": admitting them, not a hosted visit (043)
0861 receive      obj:peacekeeper
0863 allow        obj:aid|convoy
087  de-escalate
087  deescalate
087  stand        prt:down
087  de-escalation/n
0871 declare      obj:ceasefire|cease-fire|truce|armistice
0871 observe      obj:ceasefire|cease-fire|truce
0871 accept       obj:ceasefire|cease-fire|truce
0871 extend       obj:ceasefire|cease-fire|truce
0871 hold         obj:fire
0871 ceasefire/n
0871 cease-fire/n
0871 truce/n
0871 armistice/n
0872 lift         obj:blockade|siege
0872 ease         obj:blockade|siege
0872 end          obj:blockade|siege
087  call         prt:off obj:offensive|assault|bombardment|airstrike|bombing|raid|incursion   # de-escalation: an offensive called off
087  halt         obj:offensive|assault|bombardment|airstrike|bombing|raid|incursion
087  suspend      obj:offensive|assault|bombardment|airstrike|bombing|raid|incursion
0873 disarm
0873 demobilize
0873 demobilise
0873 lay          prt:down obj:arm|weapon
0873 hand         prt:over obj:arm|weapon
0873 give         prt:up obj:arm|weapon
0873 surrender    obj:arm|weapon
0873 decommission obj:weapon|arm
0873 destroy      obj:weapon|stockpile|arsenal
0873 disarmament/n
0873 demobilization/n
0873 demobilisation/n
0874 withdraw
0874 withdraw     obj:troop|force|soldier|unit
0874 retreat
0874 pull         prt:out
0874 pull         prt:back
0874 ship         prep:out_of                     # forces shipped out of a place they held
0874 surrender
0874 cede         obj:territory|control|town|city|area
0874 evacuate     obj:base|position|town
0874 withdrawal/n
0874 pullout/n
0874 pull-out/n
0874 retreat/n
0874 surrender/n

# ---------------------------------------------------------------- 09 INVESTIGATE
090  investigate
090  probe
090  inquire
090  enquire
090  inspect
090  look         prep:into
090  investigation/n
090  probe/n
090  inquiry/n
090  inquest/n
090  hearing/n    prep:into                          # "opened a hearing into X": an inquiry, not a trial session
090  enquiry/n
090  inspection/n
090  send         obj:inspector|investigator
090  dispatch     obj:inspector|investigator
091  investigate  obj:corruption|crime|fraud|murder|killing|bribery|embezzlement|theft|graft
091  probe        obj:corruption|crime|fraud|murder|killing|bribery|embezzlement|graft
091  audit
091  investigation/n mod:criminal|corruption|fraud|police|murder|bribery
091  probe/n      mod:criminal|corruption|fraud|police|murder|bribery|graft
091  inquiry/n    mod:criminal|corruption|fraud|police|murder
092  investigate  obj:abuse|torture|violation|disappearance
092  probe        obj:abuse|torture|violation|disappearance
093  investigate  obj:attack|strike|airstrike|raid|incident|shooting|bombing|incursion
093  probe        obj:attack|strike|airstrike|raid|incident|shooting|bombing|incursion
094  investigate  obj:atrocity|genocide|massacre
094  probe        obj:atrocity|genocide|massacre

# ---------------------------------------------------------------- 10 DEMAND
# Codes follow the 1.1b3 manual: 105 yield, 106 meeting, 107 settlement, 108 mediation.
100  demand
100  insist
100  order
100  press
100  pressure
100  pressurize
100  push         prep:for                        # "pushed for talks": pressing, like "press for"
100  demand/n
100  condition/n    # terms one side sets for another ("its conditions for a deal")
-    condition/n    mod:working|living|weather|economic|humanitarian|critical|serious|stable|medical|health|poor|harsh|dire|market|security|prison|sanitary|physical|mental|underlying|good|bad
-    demand/n     mod:oil|energy|consumer|market|power|electricity|gas|fuel|global|domestic|weak|strong|export|import|food|water|housing|labor|labour|customer|seasonal
101  demand       obj:investigation|inquiry|probe|information|explanation|clarification|answer
1013 demand       obj:extradition|handover
103  demand       obj:aid|assistance|help
104  demand       obj:reform|change
1041 demand       obj:resignation|ouster|removal|departure|election|impeachment
1043 demand       obj:right|freedom|independence
105  demand       obj:compensation|reparation|apology|concession
1051 demand       obj:lifting
1053 demand       obj:release|return
1055 demand       obj:access
1056 demand       obj:ceasefire|cease-fire|truce|withdrawal|pullout|disarmament|halt|de-escalation|retreat
106  demand       obj:talk|negotiation|meeting|dialogue|summit
107  demand       obj:settlement
108  demand       obj:mediation

# ---------------------------------------------------------------- 11 DISAPPROVE
110  disapprove
110  object
110  disagree
110  complain
# "question" alone is too often police questioning or a plain query: not listed
110  express      obj:concern|dismay|displeasure|disappointment|frustration|anger|outrage|disapproval|reservation|objection|unease|alarm|indignation|skepticism
110  voice        obj:concern|dismay|displeasure|disappointment|frustration|anger|outrage|disapproval|reservation|objection|unease|alarm
110  raise        obj:objection|concern|alarm|question
110  objection/n
110  disapproval/n
110  disagreement/n
111  criticize
111  criticise
111  condemn
111  denounce
111  decry
111  slam
111  blast
111  lambast
111  lambaste
111  rebuke
111  censure
111  chastise
111  castigate
111  deplore
111  berate
111  assail
111  ridicule
111  mock
111  deride
111  scold
111  reprimand
111  disparage
111  vilify
111  lash         prt:out
111  hit          prt:out
111  attack       obj:policy|decision|plan|remark|statement|proposal|report|comment|stance|move|speech
111  issue        obj:condemnation
111  criticism/n
111  condemnation/n
111  denunciation/n
111  rebuke/n
111  censure/n
112  accuse
112  blame
112  allege
112  implicate
112  present      obj:evidence|proof prep:against
112  trade        obj:accusation|blame|barb|insult
112  exchange     obj:accusation|insult
112  accusation/n
112  allegation/n
113  rally        obj:opposition
113  lobby        prep:against
114  protest      prep:to
114  petition
114  lodge        obj:complaint|protest|objection|grievance
114  file         obj:complaint|protest|grievance
114  summon       obj:ambassador|envoy|diplomat|charge
114  complaint/n
114  petition/n
115  sue
115  file         obj:lawsuit|suit|case
115  bring        obj:lawsuit|suit|case
115  lawsuit/n
116  convict
116  fine
116  rule         prep:against

# ---------------------------------------------------------------- 12 REJECT
# "oppose" and opposition to something are rejections (120), as in the codebook's examples
120  reject
120  oppose
120  refuse
120  renege                                       # "reneged on its commitment": going back on a promise
120  backtrack    prep:on
120  rebuff
120  spurn
120  dismiss
-    dismiss      obj:minister|official|aide|employee|coach|staff|director|chief|manager|general|commander|head|worker|adviser|advisor|secretary|judge|governor
120  decline
120  resist
120  snub
120  vote         prep:against                    # "voted against the resolution"
120  turn         prt:down
120  rule         prt:out
120  block        obj:resolution|bill|measure|proposal|motion|sale|deal|nomination|appointment
120  voice        obj:opposition
120  express      obj:opposition
120  rejection/n
120  refusal/n
120  opposition/n prep:to
1211 reject       obj:trade
122  refuse       obj:aid|assistance|help|loan
1231 refuse       obj:resignation
1232 reject       obj:reform
1232 refuse       obj:reform
1233 deny         obj:right|freedom
124  refuse       obj:concession|compromise
124  reject       obj:demand|request|call|condition|ultimatum
124  refuse       obj:demand|request|condition
1243 refuse       obj:release
1244 refuse       obj:lifting
1245 deny         obj:access|entry
1245 refuse       obj:access|entry
1246 reject       obj:ceasefire|cease-fire|truce|withdrawal
1246 refuse       obj:ceasefire|cease-fire|truce|withdrawal
125  reject       obj:talk|negotiation|meeting|invitation|dialogue|summit
125  refuse       obj:talk|negotiation|meeting|invitation|dialogue
125  decline      obj:invitation|meeting|talk
125  turn         prt:down obj:invitation|talk|meeting|offer
125  rule         prt:out obj:talk|negotiation|meeting|dialogue
125  boycott      obj:talk|meeting|summit|negotiation|conference|session
126  reject       obj:mediation|mediator
126  refuse       obj:mediation
127  reject       obj:settlement|peace|roadmap
128  defy
128  flout
128  disobey
128  ignore
128  breach
128  violate
128  violate      obj:law|rule|resolution|agreement|norm|sanction|embargo|treaty|accord|constitution
128  defiance/n
129  veto
129  veto/n

# ---------------------------------------------------------------- 13 THREATEN
130  threaten
130  warn
130  caution
130  intimidate
130  threat/n
130  warning/n
1311 threaten     obj:aid|assistance
1312 threaten     obj:sanction|embargo|boycott|tariff
1313 threaten     obj:expulsion
132  threaten     obj:ban|restriction
1323 threaten     obj:curfew
133  threaten     obj:protest|demonstration|strike|walkout|boycott
137  threaten     obj:arrest|prosecution|jail|imprisonment|crackdown|punishment
138  threaten     obj:war|force|retaliation|action|reprisal|response|revenge
138  vow          obj:revenge|retaliation|retribution|vengeance
# arming oneself against a named party threatens force (WeaponsForUse drops these without an "against" party)
138  manufacture  obj:weapon|arm|bomb|explosive|missile|rocket
138  produce      obj:weapon|arm|bomb|explosive|missile|rocket
138  develop      obj:weapon|arm|bomb|explosive|missile|rocket
138  build        obj:weapon|arm|bomb|explosive|missile|rocket
138  make         obj:weapon|arm|bomb|explosive|missile|rocket
138  stockpile    obj:weapon|arm|bomb|explosive|missile|rocket
138  amass        obj:weapon|arm|bomb|explosive|missile|rocket
138  assemble     obj:weapon|arm|bomb|explosive|missile|rocket
1385 manufacture  obj:weapon|arm|bomb|missile|agent|gas mod:chemical|biological|nuclear|atomic|radiological
1385 produce      obj:weapon|arm|bomb|missile|agent|gas mod:chemical|biological|nuclear|atomic|radiological
1385 develop      obj:weapon|arm|bomb|missile|agent|gas mod:chemical|biological|nuclear|atomic|radiological
1385 build        obj:weapon|arm|bomb|missile|agent|gas mod:chemical|biological|nuclear|atomic|radiological
1385 make         obj:weapon|arm|bomb|missile|agent|gas mod:chemical|biological|nuclear|atomic|radiological
1385 stockpile    obj:weapon|arm|bomb|missile|agent|gas mod:chemical|biological|nuclear|atomic|radiological
1385 amass        obj:weapon|arm|bomb|missile|agent|gas mod:chemical|biological|nuclear|atomic|radiological
1385 assemble     obj:weapon|arm|bomb|missile|agent|gas mod:chemical|biological|nuclear|atomic|radiological
1381 threaten     obj:blockade|siege
1382 threaten     obj:invasion|occupation|annexation
1384 threaten     obj:attack|offensive|airstrike|bombing|assault
139  ultimatum/n
139  issue        obj:ultimatum
139  give         obj:ultimatum
139  deliver      obj:ultimatum

# ---------------------------------------------------------------- 14 PROTEST
140  protest
140  dissent
140  protest/n
140  collect      obj:signature                   # a petition drive
140  gather       obj:signature
141  demonstrate
-    demonstrate  obj:power|capability|strength|resolve|commitment|willingness|ability|skill|support
141  rally
141  march
141  picket
141  demonstration/n
141  rally/n
141  march/n
141  hold         obj:protest|demonstration|rally|march
141  stage        obj:protest|demonstration|rally|march
1411 protest/n    mod:anti-government|antigovernment|opposition
1411 demonstration/n mod:anti-government|antigovernment|opposition
1411 rally/n      mod:anti-government|antigovernment|opposition
1414 protest/n    mod:pro-democracy|pro-independence
1414 demonstration/n mod:pro-democracy|pro-independence
142  hunger-strike
142  strike/n     mod:hunger
142  hunger-strike/n
143  strike       prep:for|over
143  boycott
143  walk         prt:out
143  call         obj:strike
143  hold         obj:strike|walkout
143  boycott/n
143  walkout/n
143  stoppage/n
143  strike/n     mod:general|labor|labour|nationwide|national|worker|union|teacher|doctor|transport|rail|port|public-sector|dock|miner|nurse
143  strike/n     mod:open-ended|indefinite|wildcat|sympathy|warning|token
143  stop         obj:work
143  down         obj:tool
143  lay          prt:down obj:tool
144  block        obj:road|highway|street|entrance|access|bridge|route|traffic|railway|port|gate|transport|motorway|railroad|rail|junction|intersection|crossroads
144  barricade
144  occupy       obj:square|building|office|street|campus|parliament|ministry|embassy|headquarters
144  sit-in/n
144  blockade/n   mod:road
145  riot
145  rampage
145  vandalize
145  vandalise
145  riot/n
145  rioting/n
145  throw        obj:stone|rock|brick|bottle|firebomb|petrol-bomb|molotov
145  hurl         obj:stone|rock|brick|bottle|firebomb|petrol-bomb|molotov
145  pelt

# ---------------------------------------------------------------- 15 EXHIBIT FORCE POSTURE
150  patrol
150  parade       obj:missile|weapon|tank|troop
150  show         obj:force|strength|muscle
150  flex         obj:muscle
150  test         obj:missile|rocket|weapon|bomb|device
150  test-fire
150  violate      obj:airspace|border|sovereignty|territory|water
150  patrol/n
150  test/n       mod:missile|nuclear|weapon|rocket|ballistic
150  exercise/n   mod:military|naval|war|live-fire|army
150  game/n       mod:war                      # "war games": exercises under another name
150  drill/n      mod:military|naval|war|live-fire|army
150  maneuver/n   mod:military|naval
150  manoeuvre/n  mod:military|naval
151  alert/n      mod:police|security
152  alert/n      mod:high|military|combat|full|maximum|red
152  alert/n                                     # "troops remained on alert": the codebook's example of 152
-    alert/n      mod:travel|weather|flood|storm|tsunami|health|terror|amber|traffic|email|news|product
153  deploy       obj:police|policeman|officer
154  mobilize
154  mobilise
154  deploy
-    deploy       obj:technology|software|app|resource|capital|tactic|strategy|argument|fund|tool
-    mobilize     obj:resource|fund|money|capital|voter
154  mass         obj:troop|force|soldier|tank|army
154  send         obj:troop|soldier|force|reinforcement|warship|jet|army|marine
154  station
154  reinforce
154  strengthen   obj:force|troop|presence|garrison|deployment
154  bolster      obj:force|troop|presence|garrison|deployment
154  beef         prt:up obj:force|troop|presence|garrison|security
154  dispatch     obj:troop|soldier|force|reinforcement|warship|jet|army|marine|policeman|police
154  rearm
154  call         prt:up obj:reservist|reserve|soldier|troop
154  move         obj:troop|tank|force|army|warship
154  mobilization/n
154  mobilisation/n
154  deployment/n
154  buildup/n
154  build-up/n

# ---------------------------------------------------------------- 16 REDUCE RELATIONS
160  suspend      obj:membership|cooperation|participation
160  withdraw     obj:support|backing
160  cancel       obj:visit|meeting|summit|trip
160  downgrade
161  downgrade    obj:relation|tie
161  sever        obj:relation|tie|contact|link
161  cut          obj:tie|relation|link|contact
161  cut          prt:off obj:relation|tie|contact
161  break        obj:relation|tie
161  break        prt:off obj:relation|tie|contact
161  suspend      obj:relation|tie
161  freeze       obj:relation|tie|contact
161  recall       obj:ambassador|envoy|diplomat
161  withdraw     obj:ambassador|envoy|diplomat|recognition
161  close        obj:embassy|consulate|mission
161  expel        obj:ambassador|diplomat|envoy|attache|consul
162  cut          obj:aid|assistance|funding
162  suspend      obj:aid|assistance|funding
162  halt         obj:aid|assistance|funding
162  withhold     obj:aid|assistance|funding
162  freeze       obj:aid|assistance|funding
162  withdraw     obj:aid|assistance|funding
162  reduce       obj:aid|assistance|funding|supply
162  suspend      obj:delivery|shipment
162  halt         obj:delivery|shipment
162  stop         obj:aid|assistance|funding|delivery
162  cut          prt:off obj:aid|assistance|funding|delivery|supply
162  end          obj:aid|assistance|funding
162  discontinue  obj:aid|assistance|funding|delivery
162  terminate    obj:aid|assistance|funding
162  prohibit     obj:aid|assistance|funding
162  ban          obj:aid|assistance|funding
162  bar          obj:aid|assistance|funding
163  sanction
163  embargo
163  blacklist
163  impose       obj:sanction|embargo|tariff|boycott
163  impose       obj:sanction|embargo|tariff|boycott prep:on   # "imposed sanctions on X": X is the target
163  tighten      obj:sanction|embargo
163  tighten      obj:sanction|embargo prep:on
163  extend       obj:sanction|embargo
163  reimpose     obj:sanction|embargo|tariff|boycott
163  reimpose     obj:sanction|embargo|tariff|boycott prep:on
163  freeze       obj:asset|account|fund
163  boycott      obj:product|good|import|export|company
163  ban          obj:import|export|product|trade|flight
163  sanction/n
163  embargo/n
163  boycott/n    mod:economic|trade|consumer
164  suspend      obj:talk|negotiation|dialogue
164  halt         obj:talk|negotiation|dialogue
164  break        prt:off obj:talk|negotiation|dialogue
164  walk         prt:out prep:of
164  end          obj:talk|negotiation|dialogue
164  abandon      obj:talk|negotiation|dialogue
164  cancel       obj:talk|negotiation
164  quit         obj:talk|negotiation
164  call         prt:off obj:talk|negotiation|dialogue|meeting|summit|visit
165  suspend      obj:mediation
165  end          obj:mediation
165  halt         obj:mediation
165  abandon      obj:mediation
1661 expel        obj:peacekeeper
1661 withdraw     obj:peacekeeper
1661 withdraw     obj:force|troop|contingent|unit|mission mod:peacekeeping|peacekeeper   # "withdraw its peacekeeping force": peacekeepers, not a military retreat (0874)
1661 pull         prt:out obj:force|troop|contingent|unit|mission mod:peacekeeping|peacekeeper
1662 expel        obj:inspector|observer|monitor
1662 withdraw     obj:inspector|observer|monitor
1663 expel        obj:agency|ngo|aid|charity
# expelling by a phrasal verb ("forced the agency out of the country"), by what is expelled, as "expel"
161  force        prt:out obj:ambassador|diplomat|envoy|attache|consul
161  drive        prt:out obj:ambassador|diplomat|envoy|attache|consul
161  kick         prt:out obj:ambassador|diplomat|envoy|attache|consul
161  push         prt:out obj:ambassador|diplomat|envoy|attache|consul
161  order        prt:out obj:ambassador|diplomat|envoy|attache|consul
1661 force        prt:out obj:peacekeeper
1661 drive        prt:out obj:peacekeeper
1661 kick         prt:out obj:peacekeeper
1661 push         prt:out obj:peacekeeper
1661 order        prt:out obj:peacekeeper
1662 force        prt:out obj:inspector|observer|monitor
1662 drive        prt:out obj:inspector|observer|monitor
1662 kick         prt:out obj:inspector|observer|monitor
1662 push         prt:out obj:inspector|observer|monitor
1662 order        prt:out obj:inspector|observer|monitor
1663 force        prt:out obj:agency|ngo|aid|charity
1663 drive        prt:out obj:agency|ngo|aid|charity
1663 kick         prt:out obj:agency|ngo|aid|charity
1663 push         prt:out obj:agency|ngo|aid|charity
1663 order        prt:out obj:agency|ngo|aid|charity
-    withdraw     obj:offer|proposal|bill|plan|application|candidacy|nomination|money|cash|statement|remark|claim

# ---------------------------------------------------------------- 17 COERCE
170  coerce
170  harass
170  intimidate  obj:journalist|voter|witness|activist|protester
170  raid         obj:office|home|house|headquarters|newspaper|premises|apartment
170  raid/n       mod:police
# cyber operations: coercion, not an armed attack (176, PLOVER COERCE mode "cyber": hacking, website attacks)
176  hack         prep:into
176  hack         obj:computer|website|site|web-site|network|server|account|email|system|database
176  attack/n     mod:cyber|cyber-
176  cyberattack/n
176  cyber-attack/n
176  launch       obj:attack|assault|operation|war|warfare|campaign mod:cyber|cyber-
176  launch       obj:cyberattack|cyber-attack
176  deface       obj:website|site|web-site|webpage|page|homepage|account
171  seize
-    seize        obj:opportunity|moment|chance|initiative
171  loot
171  deface                                      # damage to property: offices, monuments, graves
171  plunder
171  ransack
171  seizure/n
1711 confiscate
1711 expropriate
1711 nationalize
1711 nationalise
1711 impound
1711 confiscation/n
1711 expropriation/n
1712 destroy
1712 demolish
1712 bulldoze
1712 raze
1712 torch
1712 set          obj:fire                     # "set fire to the offices"
1712 burn         obj:house|home|building|village|church|mosque|car|office|school|shop
1712 demolition/n
1712 blow         prt:up obj:line|pipeline|bridge|building|house|home|tower|station|plant|railway|road|office|statue|monument|mosque|church
172  restrict
172  ban
172  impose       obj:restriction|ban|control|measure|rule
172  impose       obj:restriction|ban|control|measure|rule prep:on
172  reimpose     obj:restriction|ban|control|measure|rule
172  reimpose     obj:restriction|ban|control|measure|rule prep:on
172  ban/n
172  bar                                          # "barred journalists from entering"
172  restriction/n
1721 censor
1721 ban          obj:protest|demonstration|rally|gathering|assembly|newspaper|website|broadcast|book
1721 block        obj:website|site|internet|newspaper
1721 censorship/n
1721 impose       obj:blackout|censorship
1721 prevent      obj:demonstration|protest|rally|march|gathering
1721 block        obj:demonstration|protest|rally|march|gathering|sit-in
1721 stop         obj:demonstration|protest|rally|march|gathering|sit-in
1721 thwart       obj:demonstration|protest|rally|march|gathering|sit-in
1721 foil         obj:demonstration|protest|rally|march|gathering|sit-in
1722 outlaw
1722 proscribe
1722 ban          obj:party|group|organization|organisation|movement|candidate|politician
1723 impose       obj:curfew
1723 reimpose     obj:curfew
1723 extend       obj:curfew                   # prolonging a curfew imposes it for longer
1723 declare      obj:curfew
1723 curfew/n
1723 institute    obj:curfew
172  institute    obj:restriction|ban|control
1724 declare      obj:emergency|state|law
1724 impose       obj:emergency|state|law
173  arrest
173  warrant/n    mod:arrest                   # "issued an arrest warrant for X"
173  detain
173  jail
173  imprison
173  apprehend
173  incarcerate
173  interrogate
173  round        prt:up
173  capture
173  charge
-    charge       obj:battery|phone|fee|price|premium|interest|rate|tax
173  indict
173  file         obj:charge|indictment                # criminal charges are legal action against a person (173); a lawsuit is 115
173  bring        obj:charge|indictment
173  press        obj:charge
173  lay          obj:charge
173  prosecute
173  sentence
173  issue        obj:warrant
173  arrest/n
173  detention/n
173  indictment/n
173  prosecution/n
174  expel
174  deport
174  exile
174  banish
174  deportation/n
174  expulsion/n
174  force        prt:out
174  drive        prt:out
174  kick         prt:out
174  push         prt:out
174  order        prt:out                            # "ordered the journalists out of the country"
175  repress
175  suppress
175  quell
175  crack        prt:down
175  disperse     obj:protester|crowd|demonstrator|protest|rally|demonstration|gathering
175  break        prt:up obj:protest|demonstration|rally|crowd|gathering|march
175  crackdown/n
175  repression/n

# ---------------------------------------------------------------- 18 ASSAULT
180  terrorize
180  terrorise
180  attack/n     mod:terrorist|terror|militant|insurgent
181  abduct
181  kidnap
181  hijack
181  take         obj:hostage|captive
181  seize        obj:hostage
181  abduction/n
181  kidnapping/n
181  hijacking/n
182  assault
182  beat
182  stab
182  mistreat
182  beating/n
1821 rape
1821 molest
1821 rape/n
1822 torture
1822 torture/n
1823 lynch
1823 behead
1823 execute
-    execute      obj:order|plan|strategy|trade|contract|transaction|program|programme|warrant|task|deal|policy|will|command|search
1823 execution/n
1823 beheading/n
1823 lynching/n
183  explode      obj:bomb|device|explosive
183  detonate     obj:bomb|device|explosive
183  bombing/n
183  blow         prt:up
1831 blow         prt:up obj:himself|herself|themselves
1831 bombing/n    mod:suicide
1831 attack/n     mod:suicide
1832 bombing/n    mod:car|truck|vehicle
1832 bomb/n       mod:car|truck
1833 bombing/n    mod:roadside
1833 bomb/n       mod:roadside
184  shield/n     mod:human
185  attempt/n    mod:assassination
186  assassinate
186  assassination/n
186  killing/n    mod:targeted

# ---------------------------------------------------------------- 19 FIGHT
# "kill", "wound" and unspecified attacks are 190 (codebook: killings with unspecified weapons)
190  attack
190  strike
-    strike       obj:chord|balance|note|tone|pose|match|blow
190  fight
-    fight        obj:corruption|crime|poverty|disease|virus|pandemic|inflation|fire|hunger|drug|addiction|cancer|climate|case|charge|battle|election|lawsuit
190  battle
-    battle       obj:fire|blaze|disease|virus|cancer|illness
190  clash
190  combat
190  invade
190  ambush
190  kill
-    kill         obj:bill|deal|proposal|plan|idea|time|engine|story|momentum|process|measure
190  murder
190  wound
190  injure
190  hit          obj:position|base|convoy|depot|facility|headquarters|target|stronghold|hideout
190  fire
190  fire         prep:at|on|upon
-    fire         obj:minister|official|aide|employee|coach|staff|director|chief|manager|general|commander|head|worker|adviser|advisor|secretary|prosecutor|judge|governor|ceo
-    fire         prt:up
190  open         obj:fire
190  exchange     obj:fire
190  launch       obj:offensive|attack|strike|raid|assault|operation|incursion|invasion|war|counteroffensive|counter-offensive
190  declare      obj:war
190  shoot        prt:down
190  raid
190  target       obj:position|base|convoy|depot|facility|headquarters|stronghold|hideout
190  attack/n
-    attack/n     mod:heart|panic|asthma|anxiety
190  strike/n
190  offensive/n
190  counteroffensive/n
190  counter-offensive/n
190  assault/n
190  incursion/n
190  invasion/n
190  raid/n
190  clash/n
190  skirmish
190  skirmish/n
190  retaliate
190  fighting/n
190  battle/n
190  hostility/n
190  war/n
190  ambush/n
190  killing/n
190  operation/n  mod:military|ground|combat|counter-terrorism|counterterrorism
191  blockade
191  besiege
191  encircle
191  cordon       prt:off
191  seal         prt:off
191  close        obj:border|crossing|airspace|port|strait|checkpoint
191  impose       obj:blockade|siege
191  impose       obj:blockade|siege prep:on
191  reimpose     obj:blockade|siege
191  reimpose     obj:blockade|siege prep:on
191  lay          obj:siege
191  blockade/n
191  siege/n
192  occupy
-    occupy       obj:seat|position|post|office|place|space|role|mind|time|spot
192  annex
192  overrun
192  conquer
192  retake
192  recapture
192  liberate
192  take         prt:over
192  take         obj:control
192  seize        obj:town|city|village|territory|control|area|base|airport|district|region|hill|province|island|port|border
192  capture      obj:town|city|village|territory|area|base|airport|district|region|hill|province|island|port|stronghold
192  occupation/n
192  annexation/n
192  takeover/n   mod:military
193  shoot
-    shoot        obj:film|video|movie|footage|scene|photo|picture|episode
193  snipe
193  gun          prt:down
193  fire         obj:bullet|shot|gun|rifle
193  exchange     obj:gunfire|shot
193  gunfire/n
193  gunfight/n
193  firefight/n
193  shootout/n
193  shooting/n
193  fire/n       mod:gun|machine-gun|sniper|small-arms|rifle|automatic
194  shell
194  bombard
194  mortar
194  pound
194  fire         obj:rocket|missile|mortar|shell|artillery|round|grenade
194  launch       obj:rocket|missile|mortar
194  shelling/n
194  bombardment/n
194  fire/n       mod:artillery|tank|mortar|rocket
194  strike/n     mod:missile|rocket|artillery
194  attack/n     mod:rocket|missile|mortar|artillery|tank
195  bomb
195  strafe
195  airstrike/n
195  air-strike/n
195  airstrike
195  strike/n     mod:air|aerial|drone|helicopter
195  raid/n       mod:air|aerial
195  attack/n     mod:air|aerial|drone
195  bombing/n    mod:aerial|air|carpet
195  bombardment/n mod:aerial|air
195  sortie/n
196  violate      obj:ceasefire|cease-fire|truce|armistice
196  break        obj:ceasefire|cease-fire|truce|armistice
196  breach       obj:ceasefire|cease-fire|truce|armistice
196  violation/n  mod:ceasefire|cease-fire|truce
196  breach/n     mod:ceasefire|cease-fire|truce

# ---------------------------------------------------------------- 20 UNCONVENTIONAL MASS VIOLENCE
200  atrocity/n
201  displace
201  expulsion/n  mod:mass
201  deportation/n mod:mass
202  massacre
202  slaughter
202  exterminate
202  massacre/n
202  slaughter/n
202  killing/n    mod:mass
203  cleanse
203  cleansing/n  mod:ethnic
203  genocide/n
204  attack/n     mod:nuclear|biological|radiological
2041 gas
2041 attack/n     mod:chemical|gas|sarin|chlorine
2042 nuke
