# Cymraeg (Welsh), in Project Fluent. Messages left out are shown in English. The ballot journey is complete;
# a Welsh translator should review the wording before a Welsh council goes live.
language-name = Cymraeg
language-tag = cy

site-skip = Neidio i'r prif gynnwys
site-tagline = Cyllidebau Cymunedol: eich ardal, eich llais
site-account = Eich cyfrif
site-beta = Beta
site-beta_text = Mae hwn yn wasanaeth newydd.
site-beta_feedback = Bydd eich adborth yn helpu'r cyngor i'w wella
site-help = Help
site-feedback = Adborth
site-footer = Mae Commonpot yn cael ei redeg ar gyfer Cyllidebau Cymunedol y cymdogaethau. Mae'r penderfyniadau a gyhoeddir yma yn gofnod cyhoeddus parhaol.
site-language = Iaith

area-youth = Pobl ifanc
area-community-safety = Diogelwch cymunedol
area-health-and-wellbeing = Iechyd a llesiant
area-housing = Tai
area-environment = Yr amgylchedd a mannau gwyrdd
area-employment-and-skills = Cyflogaeth a sgiliau
area-older-people-and-care = Pobl hŷn a gofal
area-families-and-children = Teuluoedd a phlant
area-transport = Trafnidiaeth

ballot-title = Pleidleisio: { $round }
ballot-empty = Does dim byd ar y papur pleidleisio eto.
ballot-not_open = Nid yw'r pleidleisio wedi agor eto. Bydd y dudalen hon yn dangos y papur pleidleisio pan fydd yn agor.
ballot-closed = Mae'r pleidleisio wedi cau, felly ni ellir derbyn rhagor o bleidleisiau.
ballot-see_ledger = Gweld pob pleidlais a gyfrifwyd yn y gofrestr pleidleisiau
ballot-your_choices = Eich dewisiadau
ballot-paper_choices = Y dewisiadau a nodwyd ar y papur
ballot-rules-within_pot = Dewiswch y cynigion rydych am eu hariannu. Gyda'i gilydd gallant gostio hyd at y pot o { $pot }.
ballot-rules-up_to = Dewiswch hyd at { $k } o gynigion rydych am eu hariannu.
ballot-rules-points = Rhannwch { $n } pwynt rhwng y cynigion: mwy o bwyntiau i'r rhai rydych eu heisiau fwyaf.
ballot-rules-at_least = Dewiswch o leiaf { $n }.
ballot-check = Gwiriwch eich dewisiadau
ballot-nothing_yet = Nid ydych wedi dewis dim byd eto.
ballot-points = { $n } pwynt
ballot-total-within = { $chosen } o { $pot } wedi'i ddewis. { $left } ar ôl.
ballot-total-over = { $chosen } o { $pot } wedi'i ddewis: { $over } dros y pot. Tynnwch rywbeth.
ballot-total-points = { $given } o { $n } pwynt wedi'u rhoi. { $left } ar ôl.
ballot-total-points_over = { $given } o { $n } pwynt wedi'u rhoi: { $over } yn ormod.
ballot-total-chosen = { $chosen } o { $k } wedi'u dewis.
ballot-total-chosen_over = { $chosen } o { $k } wedi'u dewis: { $over } yn ormod.
ballot-code-heading = Eich cod pleidleisio
ballot-code-intro = Defnyddiwch y cod ar y llythyr a anfonwyd i'ch cartref, a'ch cod post. Nid oes angen cyfrif arnoch.
ballot-problem-household_code = Mae'r rownd hon yn cymryd un bleidlais i bob aelwyd. Teipiwch y cod o lythyr eich aelwyd a'ch cod post.
ballot-code-label = Cod pleidleisio
ballot-code-hint = 12 llythyren a rhif, fel K7QM-3XTB-9RHD
ballot-postcode = Eich cod post
ballot-receipt-label = Derbynneb (dim ond i newid pleidlais)
ballot-receipt-hint = Os ydych wedi pleidleisio gyda'r cod hwn o'r blaen, rhowch y dderbynneb a gawsoch; bydd eich dewisiadau newydd yn cymryd lle'r hen rai
ballot-paper_code = Cod pleidleisio ar y papur pleidleisio
ballot-voted = Rydych wedi pleidleisio eisoes: mae eich dewisiadau wedi'u nodi isod. Bydd anfon y bleidlais hon yn cymryd lle eich un gynharach.
ballot-send = Anfon fy mhleidlais
ballot-add_paper = Ychwanegu'r papur pleidleisio hwn
ballot-unsent = Nid ydych wedi anfon eich pleidlais eto.

receipt-title = Eich pleidlais
receipt-in = Mae eich pleidlais i mewn
receipt-yours = Eich derbynneb
receipt-keep = Ysgrifennwch eich derbynneb neu tynnwch lun ohoni. Ni all neb ddweud pwy ydych chi ohoni.
receipt-ledger = Pan fydd y pleidleisio'n cau, caiff pob pleidlais a gyfrifwyd ei chyhoeddi yn ôl ei derbynneb yn y gofrestr pleidleisiau, fel y gallwch wirio bod eich un chi yno ac y gall unrhyw un ailgyfrif.
receipt-change = Gallwch newid eich pleidlais nes bydd y pleidleisio'n cau. Os gwnaethoch bleidleisio gyda'r cod ar eich llythyr, bydd angen y cod a'r dderbynneb hon arnoch.
receipt-email-heading = Anfon y dderbynneb hon ataf drwy e-bost
receipt-email-label = Cyfeiriad e-bost
receipt-email-hint = Dewisol. Rydym yn anfon y dderbynneb unwaith ac nid ydym yn cadw eich cyfeiriad gyda'ch pleidlais
receipt-email-send = Anfon fy nerbynneb drwy e-bost
receipt-change_link = Newid eich pleidlais
receipt-back = Yn ôl i'r rownd

propose-title = Anfon cynnig
propose-sender = Yn enw pwy y dylid ei anfon?
propose-sent_as = Bydd yn cael ei anfon yn enw: { $who }
propose-send = Anfon y cynnig
propose-to_account = Mynd i'ch cyfrif
propose-edit-title = Newid eich cynnig
propose-edit-cannot = Ni ellir newid y cynnig hwn.
propose-edit-back = Yn ôl i'r cynnig
propose-edit-asked = Beth ofynnodd y swyddog i chi ei newid
propose-edit-save = Cadw'r newidiadau
propose-pot = Pot y rownd hon yw { $pot }. Gall cynnig ofyn am unrhyw swm hyd at hynny.
propose-field-title = Teitl
propose-field-title_hint = Ychydig eiriau, fel “Meinciau ar lwybr y Capstone”
propose-field-summary = Crynodeb mewn un llinell
propose-field-summary_hint = Beth fyddai'n ei wneud, i bwy. Mae hwn yn ymddangos mewn rhestrau ac ar y papur pleidleisio
propose-field-body = Eich cynnig yn llawn
propose-field-body_hint = Beth rydych am ei wneud, pwy mae'n ei helpu, ble a sut. Gadewch linell wag rhwng paragraffau
propose-field-cost = Faint fydd yn ei gostio?
propose-field-cost_hint = Mewn punnoedd, er enghraifft £2,500
propose-field-area = Maes blaenoriaeth
propose-field-agency = Gwasanaeth pa asiantaeth mae'n ymwneud ag ef? (dewisol)
propose-field-agency_none = Dim un yn benodol
propose-field-location = Ble yn y gymdogaeth? (dewisol)
propose-field-location_hint = Stryd, parc neu adeilad, os yw mewn un lle
propose-choose = Dewiswch…

status-submitted = Yn aros am adolygiad
status-needs_changes = Gofynnwyd am newidiadau
status-feasible = Ar y papur pleidleisio
status-ineligible = Ddim yn gymwys
status-withdrawn = Wedi'i dynnu'n ôl
status-hidden = Wedi'i dynnu gan gymedrolwyr

proposal-status = Statws
proposal-reason-needs_changes = Beth ofynnodd y swyddog i'w newid
proposal-reason-ineligible = Pam nad yw'n gymwys
proposal-reason-hidden = Pam y cafodd ei dynnu
proposal-reason-other = Nodyn y swyddog
proposal-cost = Cost
proposal-cost_note = Pam y newidiodd y gost
proposal-area = Maes blaenoriaeth
proposal-removed_title = Cynnig a dynnwyd gan swyddog
proposal-by = Cynigiwyd gan
proposal-agency = Y gwasanaeth mae'n ymwneud ag ef
proposal-where = Ble
proposal-in_full = Y cynnig yn llawn
proposal-decision = Y penderfyniad
proposal-funded = Wedi'i ariannu: { $amount }.
proposal-not_funded = Heb ei ariannu.
proposal-read_decision = Darllen y penderfyniad a'r rhesymau
proposal-delivery = Cyflawni
proposal-no_updates = Dim diweddariadau cyflawni eto.
proposal-spent = Wedi'i wario hyd yma: { $amount }
proposal-follow = Dilyn y cynnig hwn drwy e-bost
proposal-unfollow = Peidio â dilyn y cynnig hwn
proposal-history = Hanes
proposal-version = Dyma fersiwn { $version } o'r cynnig.

phase-draft = Wrthi'n cael ei sefydlu
phase-proposals_open = Cynigion ar agor
phase-review = Cynigion yn cael eu gwirio
phase-voting_open = Pleidleisio ar agor
phase-counting = Cyfrif y pleidleisiau
phase-decision_published = Penderfyniad wedi'i gyhoeddi
phase-delivery = Prosiectau'n cael eu cyflawni
phase-closed = Ar gau
phase-draft-now = Dim byd eto: mae'r cyngor yn sefydlu'r rownd hon.
phase-proposals_open-now = Awgrymwch sut i wario'r arian: gall unrhyw breswylydd neu grŵp cymunedol anfon cynnig.
phase-review-now = Mae swyddogion y cyngor yn gwirio bod pob cynnig yn bosibl a bod y gost yn gywir. Gall cynigwyr wella eu cynigion os gofynnir iddynt.
phase-voting_open-now = Pleidleisiwch dros y cynigion rydych am eu hariannu. Mae'n cymryd cwpl o funudau.
phase-counting-now = Mae'r pleidleisio wedi cau. Mae'r pleidleisiau'n cael eu cyfrif.
phase-decision_published-now = Darllenwch beth benderfynodd y cynghorwyr ei ariannu, a pham.
phase-delivery-now = Dilynwch sut mae'r prosiectau a ariannwyd yn dod yn eu blaen.
phase-closed-now = Mae'r rownd hon wedi gorffen. Mae popeth a benderfynwyd yn aros ar y cofnod cyhoeddus.

timeline-done = Wedi gorffen
timeline-now = Nawr
timeline-coming = I ddod
timeline-from = o { $date }

home-title = Cyllidebau Cymunedol
home-heading = Penderfynwch sut mae arian eich cymdogaeth yn cael ei wario
home-lead = Mae'r cyngor, y GIG, yr heddlu a'r gwasanaeth tân ac achub wedi rhoi arian mewn un pot ar gyfer pob cymdogaeth isod. Mae preswylwyr yn cynnig sut i'w wario ac yn pleidleisio.
home-neighbourhoods = Cymdogaethau
home-pot = pot o { $amount }

place-all = Pob cymdogaeth
place-rounds = Rowndiau cyllideb
place-round = Rownd
place-phase = Cam
place-pot = Pot
place-who = Pwy all gymryd rhan
place-postcodes = Preswylwyr yr ardaloedd cod post hyn:

round-now = Beth allwch chi ei wneud nawr
round-propose = Anfon cynnig
round-vote = Pleidleisio nawr
round-officers = Swyddogion: adolygu cynigion a symud y rownd ymlaen
round-pot = Y pot: { $amount }
round-per-resident = Un bleidlais i bob preswylydd: gall pawb sy'n profi eu bod yn byw yma bleidleisio, gyda'r cod ar eu llythyr neu gyda'u cyfrif.
round-per-household = Un bleidlais i bob aelwyd: mae pob aelwyd yn pleidleisio unwaith, gyda'r cod ar ei llythyr.
round-results = Gweld y pleidleisiau a sut byddai pob ffordd o gyfrif yn gwario'r pot
round-ledger = Y gofrestr pleidleisiau: pob pleidlais a gyfrifwyd yn ôl ei derbynneb
round-councillors = Cynghorwyr: drafftio a chyhoeddi penderfyniad y gyllideb
round-timeline = Llinell amser
round-proposals = Cynigion
round-shortlist = Y rhestr fer
# Un cynnig, dau gynnig, tri chynnig, chwe chynnig; then "o gynigion".
round-shortlist_count =
    { $n ->
        [zero] Nid oes cynnig wedi'i wirio'n ymarferol eto.
        [one] 1 cynnig wedi'i wirio gan swyddogion ac ar y papur pleidleisio:
        [two] 2 gynnig wedi'u gwirio gan swyddogion ac ar y papur pleidleisio:
        [few] { $n } chynnig wedi'u gwirio gan swyddogion ac ar y papur pleidleisio:
        [many] { $n } chynnig wedi'u gwirio gan swyddogion ac ar y papur pleidleisio:
       *[other] { $n } o gynigion wedi'u gwirio gan swyddogion ac ar y papur pleidleisio:
    }
round-decision = Y penderfyniad
round-published = Cyhoeddwyd ar { $date }.
round-full_decision = Y penderfyniad llawn: rhesymau, pwy sy'n talu, a'i hanes
round-progress = Cyflawni: { $delivered } o { $funded } cynnig a ariannwyd wedi'u cyflawni, { $under_way } ar y gweill.
round-funded_caption = Cynigion a ariannwyd
round-proposal = Cynnig
round-funded = Wedi'i ariannu
round-delivery = Cyflawni
round-no_update = Dim diweddariad eto
round-total_funded = Cyfanswm a ariannwyd

pot-caption = Pwy gyfrannodd at y pot
pot-agency = Asiantaeth
pot-amount = Swm
pot-share = Cyfran
pot-total = Cyfanswm y pot

signin-title = Mewngofnodi
signin-email = Cyfeiriad e-bost
signin-password = Cyfrinair
signin-button = Mewngofnodi
signin-none_yet = Dim cyfrif eto?
signin-create = Creu cyfrif
signup-title = Creu cyfrif
signup-lead = Gyda chyfrif gallwch gynnig prosiectau ac, ar ôl i chi ddangos eich bod yn byw yn y gymdogaeth, pleidleisio.
signup-name = Eich enw
signup-name_hint = Yn cael ei ddangos wrth ymyl cynigion a wnewch
signup-password = Creu cyfrinair
signup-password_hint = O leiaf 12 nod. Mae ychydig eiriau ar hap yn hawdd eu cofio ac yn anodd eu dyfalu
signup-button = Creu cyfrif
signup-have_one = Oes gennych gyfrif yn barod?

delivery-planned = Wedi'i gynllunio
delivery-in_progress = Ar y gweill
delivery-delivered = Wedi'i gyflawni
delivery-cancelled = Wedi'i ganslo

ballot-problem-empty = Dewiswch o leiaf un cynnig
ballot-problem-too_few = Dewiswch o leiaf { $min } cynnig (rydych wedi dewis { $chosen })
ballot-problem-over_pot = Mae eich dewisiadau'n costio { $cost }, sy'n fwy na'r gronfa o { $pot }. Tynnwch rywbeth i ddod â'r cyfanswm o fewn y gronfa
ballot-problem-too_many = Dewiswch ddim mwy na { $max } cynnig (rydych wedi dewis { $chosen })
ballot-problem-too_many_points = Rydych wedi rhoi { $used } pwynt, ond dim ond { $points } sydd gennych i'w rhoi
ballot-problem-not_on_ballot = Nid yw un o'ch dewisiadau ar y papur pleidleisio hwn. Ail-lwythwch y dudalen a dewiswch eto
ballot-problem-duplicate = Cafodd cynnig ei ddewis ddwywaith. Ail-lwythwch y dudalen a dewiswch eto
ballot-problem-whole_points = Rhowch bwyntiau fel rhifau cyfan, fel 3
ballot-problem-receipt_form = Rhowch y dderbynneb fel y cafodd ei dangos, fel K7QM-3XTB
ballot-problem-unknown_code = Nid yw hwn yn un o godau pleidleisio { $place }. Gwiriwch ef yn erbyn eich llythyr
ballot-problem-needs_receipt = Mae'r cod hwn eisoes wedi'i ddefnyddio i bleidleisio. I newid y bleidlais honno, rhowch y dderbynneb a roddodd i chi
ballot-problem-wrong_receipt = Nid yw'r dderbynneb honno'n cyfateb i bleidlais y cod hwn. Gwiriwch hi a rhowch gynnig arall arni
ballot-problem-on_paper = Pleidleisiodd yr aelwyd hon ar bapur mewn digwyddiad cymunedol, ac mae'r bleidlais honno'n sefyll fel y'i cofnodwyd. Gofynnwch i swyddog cyllideb gymunedol y cyngor os oes angen ei chywiro
ballot-refused-not_open = Nid yw'r pleidleisio wedi agor eto. Dewch yn ôl pan fydd y rownd yn symud ymlaen i bleidleisio
ballot-refused-closed = Mae'r pleidleisio wedi cau, felly ni ellir derbyn rhagor o bleidleisiau. Ni chafodd eich pleidlais ei chyfrif
receipt-counted = Mae eich pleidlais wedi'i chyfrif
receipt-changed = Mae eich pleidlais wedi'i newid. Dim ond eich pleidlais ddiweddaraf sy'n cyfrif

error-prefix = Gwall:
error-check_form = Gwiriwch y ffurflen
error-forged = Mae'r ffurflen hon wedi dod i ben neu cafodd ei hanfon o wefan arall. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni
error-sign_in = Mae angen i chi fewngofnodi i wneud hynny
error-forbidden = Nid oes gennych ganiatâd i wneud hynny
error-busy = Mae Commonpot yn brysur iawn ar hyn o bryd. Rhowch gynnig arall arni ymhen munud: nid oes dim a deipiwyd gennych wedi'i golli
error-title-busy = Prysur iawn
error-rate_limited = Gormod o ymdrechion. Arhoswch ychydig funudau a rhowch gynnig arall arni
error-internal = Aeth rhywbeth o'i le ar ein hochr ni. Rhowch gynnig arall arni yn nes ymlaen
error-the_page = Y dudalen
error-not_found = Ni ellid dod o hyd i: { $what }
error-not_found_page = Ni ellid dod o hyd i: { $what }. Os gwnaethoch deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir. Os gwnaethoch ei ludo, gwiriwch eich bod wedi copïo'r cyfeiriad cyfan.
error-page-sign_in = Mewngofnodi
error-page-or = neu
error-page-create = creu cyfrif
error-page-home = Ewch i'r rhestr o gymdogaethau
error-title-problem = Mae problem
error-title-forged = Nid oedd modd derbyn y ffurflen
error-title-sign_in = Mewngofnodi
error-title-forbidden = Ni allwch wneud hynny
error-title-not_yet = Ddim ar gael eto
error-title-not_found = Heb ddod o hyd i'r dudalen
error-title-conflict = Mae hynny wedi newid
error-title-rate_limited = Gormod o ymdrechion
error-title-internal = Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth
ballot-error = Gwall:

browser-cost = Cost
browser-area = Maes blaenoriaeth
browser-status = Statws
browser-none = Dim cynigion eto.
browser-all = Yn dangos pob un o'r { $all } cynnig.
browser-none_here = Dim cynigion yn y maes blaenoriaeth hwn (o { $all }).
browser-one = Yn dangos 1 cynnig o { $all }.
browser-some = Yn dangos { $shown } cynnig o { $all }.
browser-show_for = Dangos cynigion ar gyfer
browser-all_areas = Pob maes blaenoriaeth
browser-show = Dangos cynigion
error-request = Nid oedd modd deall y cais: { $why }
site-loading = Yn llwytho…
site-page_n = Tudalen { $n }
site-pages = Tudalennau
site-previous = Blaenorol
site-next = Nesaf
site-page = tudalen
proposal-change_your_proposal = Newid eich cynnig
proposal-withdraw_your_proposal = Tynnu eich cynnig yn ôl
proposal-you_sent_this_proposal = Chi anfonodd y cynnig hwn
proposal-see_all_your_proposals = Gweld eich holl gynigion
list-or = { $init } neu { $last }

propose-field-language = Ym mha iaith mae eich cynnig wedi'i ysgrifennu?
propose-field-other = Ychwanegwch ef yn yr iaith arall hefyd (dewisol)
propose-field-other_hint = Mae trigolion sy'n darllen y wefan yn yr iaith arall yn gweld hwn yn lle hynny. Mae unrhyw ran rydych yn ei gadael yn wag yn cael ei dangos fel y gwnaethoch ei hysgrifennu uchod.
propose-field-other_title = Enw'r cynnig yn yr iaith arall
propose-field-other_summary = Crynodeb yn yr iaith arall
propose-field-other_body = Disgrifiad yn yr iaith arall
propose-problem-language = Dewiswch English neu Cymraeg
propose-problem-title-empty = Rhowch deitl i'ch cynnig
propose-problem-title-long = Rhaid i'r teitl fod yn { $max } nod neu lai (mae'n { $n })
propose-problem-summary-empty = Rhowch grynodeb un llinell o'ch cynnig
propose-problem-summary-long = Rhaid i'r crynodeb fod yn { $max } nod neu lai (mae'n { $n })
propose-problem-body-empty = Disgrifiwch eich cynnig: beth fyddai'n ei wneud, i bwy, a sut
propose-problem-body-long = Rhaid i'r disgrifiad fod yn { $max } nod neu lai (mae'n { $n })
propose-problem-cost-empty = Rhowch y gost mewn punnoedd, fel £2,500
propose-problem-cost-zero = Rhaid i'r gost fod yn fwy na £0
propose-problem-cost-over_pot = Ni all y gost fod yn fwy na'r gronfa gyfan, { $pot }
propose-problem-area-empty = Dewiswch y maes blaenoriaeth y mae eich cynnig ar ei gyfer
propose-problem-area-unknown = Dewiswch faes blaenoriaeth o'r rhestr
propose-problem-agency-unknown = Dewiswch un o'r asiantaethau sy'n talu i'r rownd hon, neu ddim un
propose-problem-location-long = Rhaid i'r lle fod yn { $max } nod neu lai (mae'n { $n })
money-empty = Rhowch swm, fel £1,250.50
money-not_a_number = Rhowch swm mewn punnoedd a cheiniogau, fel £1,250.50
money-too_many_decimals = Dim ond dau ddigid all fod i'r ceiniogau, fel £12.50
money-too_large = Mae'r swm yn rhy fawr
money-negative = Ni all y swm fod yn negyddol
note-long = Cadwch hwn i { $max } nod neu lai (mae'n { $n })
refusal-proposals_closed = Dim ond tra bo'r rownd ar agor i gynigion y gellir anfon cynigion newydd. Mae'r rownd hon ar y cam: { $phase }
refusal-not_editable = Gallwch newid cynnig tra bo cynigion ar agor, neu yn ystod yr adolygiad os yw swyddog wedi gofyn am newidiadau
refusal-not_under_review = Caiff cynigion eu hadolygu pan fydd y rownd wedi symud ymlaen i'r adolygiad. Mae'r rownd hon ar y cam: { $phase }
refusal-too_late_to_withdraw = Dim ond cyn i'r pleidleisio agor y gellir tynnu cynnig yn ôl
refusal-too_late_to_hide = Dim ond cyn i'r pleidleisio agor y gellir cuddio cynnwys
refusal-withdrawn = Mae'r cynnig hwn wedi'i dynnu'n ôl, felly ni ellir ei newid mwyach
refusal-hidden = Cafodd y cynnig hwn ei dynnu gan safonwyr, felly ni ellir ei newid mwyach
proposal-problem-stale = Newidiodd y cynnig hwn tra oedd y dudalen ar agor gennych. Ail-lwythwch y dudalen i weld y fersiwn ddiweddaraf, yna rhowch gynnig arall arni
propose-yourself = Chi eich hun, { $name }
propose-residents_only = Dim ond pobl sy'n byw yn { $place } a'i grwpiau cymunedol all anfon cynigion. Dangoswch eich bod yn byw yno o dudalen eich cyfrif yn gyntaf
propose-problem-sender = Dewiswch yn enw pwy i anfon y cynnig
propose-sent = Mae eich cynnig wedi'i anfon. Gallwch ei newid nes bydd cynigion yn cau
propose-saved = Mae eich newidiadau wedi'u cadw
propose-saved_for_review = Mae eich newidiadau wedi'u cadw a'u hanfon yn ôl at y swyddogion i'w hadolygu
propose-withdrawn = Mae eich cynnig wedi'i dynnu'n ôl

postcode-empty = Rhowch god post
postcode-malformed = Rhowch god post go iawn, fel EX34 9AB
code-empty = Rhowch y cod pleidleisio o’ch llythyr
code-malformed = Mae gan god pleidleisio 12 llythyren a rhif, fel K7QM-3XTB-9RHD. Gwiriwch y cod ar eich llythyr
code-refusal-unknown = Nid ydym yn adnabod y cod pleidleisio hwnnw. Gwiriwch ef yn erbyn eich llythyr
code-refusal-other_neighbourhood = Mae’r cod pleidleisio hwnnw ar gyfer cymdogaeth arall. Gwiriwch ar gyfer pa gymdogaeth y mae eich llythyr
code-refusal-already_used = Mae’r cod pleidleisio hwnnw wedi’i ddefnyddio eisoes. Mae pob cod yn dilysu un person. Cysylltwch â’r cyngor os na wnaethoch chi ei ddefnyddio
code-refusal-voided = Mae’r cyngor wedi canslo’r cod pleidleisio hwnnw. Cysylltwch â nhw am un newydd
code-refusal-already_verified = Rydych eisoes wedi’ch dilysu fel rhywun sy’n byw yn y gymdogaeth hon
email-empty = Rhowch eich cyfeiriad e-bost
email-malformed = Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com
email-too_long = Rhaid i’ch cyfeiriad e-bost fod yn 254 nod neu lai
password-empty = Rhowch gyfrinair
password-too_short = Rhaid i’ch cyfrinair fod o leiaf { $min } nod o hyd
password-too_long = Rhaid i’ch cyfrinair fod yn { $max } nod neu lai
password-common = Mae’r cyfrinair hwnnw’n un o’r rhai mwyaf cyffredin, felly mae’n hawdd ei ddyfalu. Dewiswch un arall, er enghraifft tri neu bedwar gair ar hap
ballot-problem-postcode_elsewhere = Nid yw { $postcode } yn { $place }. Dim ond pobl sy’n byw yno all bleidleisio
account-name_empty = Rhowch eich enw
account-name_long = Rhaid i’ch enw fod yn 80 nod neu lai
account-name_invisible = Ni all eich enw gynnwys nodau anweladwy, na nodau sy’n troi testun o chwith
account-name_changed = Mae eich enw bellach yn cael ei ddangos fel { $name }.
account-your_name = Eich enw
account-name_shown = Yr enw y mae eraill yn ei weld
account-name_shown_hint = Caiff ei ddangos wrth ymyl eich cynigion ac ar wahoddiadau rydych chi’n eu hanfon. Ni ddangosir eich cyfeiriad e-bost byth.
account-change_name = Newid enw
account-email_taken = Mae cyfrif eisoes yn defnyddio’r cyfeiriad e-bost hwn. Mewngofnodwch yn lle hynny
account-wrong_password = Nid yw’r cyfeiriad e-bost neu’r cyfrinair yn gywir. Gwiriwch nhw a rhowch gynnig arall arni

history-sent = Cynnig wedi’i anfon
history-edited = Y cynigydd wedi newid y cynnig
history-resubmitted = Y cynigydd wedi’i newid a’i anfon yn ôl i’w adolygu
history-feasible = Swyddog wedi’i wirio: gall fynd ar y papur pleidleisio
history-needs_changes = Swyddog wedi gofyn am newidiadau
history-ineligible = Swyddog wedi penderfynu nad yw’n gymwys
history-cost_adjusted = Swyddog wedi newid y gost
history-hidden = Wedi’i dynnu gan gymedrolwyr
history-withdrawn = Y cynigydd wedi’i dynnu’n ôl
history-changed = Wedi newid
history-cost_change = { $before } i { $after }

# Llythyrau rydym yn eu hanfon, yn iaith y derbynnydd. Mae corff llythyr dros sawl llinell.
letter-receipt-subject = Eich pleidlais yn { $round }: derbynneb { $receipt }
letter-receipt-body =
    Mae eich pleidlais yn { $round } wedi cyrraedd.

    Eich derbynneb: { $receipt }

    Ni all neb ddweud o'r dderbynneb pwy ydych chi. Pan fydd y bleidlais yn cau, caiff pob papur a gyfrifwyd ei gyhoeddi yn ôl ei dderbynneb yng nghofrestr y papurau pleidleisio, er mwyn i chi wirio bod eich un chi yno:
    { $ledger }

    Gofynnoch am yr e-bost hwn ar y dudalen sy'n cadarnhau eich pleidlais. Nid ydym wedi cadw eich cyfeiriad.

letter-reminder-subject = Mae amser o hyd i bleidleisio: { $round }
letter-reminder-body =
    Annwyl { $name },

    Mae'r bleidlais ar agor yn { $round } a dydych chi ddim wedi pleidleisio eto. Mae'n cymryd ychydig funudau ar eich ffôn:
    { $vote }
    { $closes }
    Mewngofnodwch â'ch cyfrif i bleidleisio. Rydych yn cael yr un nodyn atgoffa hwn am eich bod yn breswylydd dilysedig yn { $place }; ni all neb weld sut rydych yn pleidleisio.

letter-review-subject = Eich cynnig "{ $title }": { $verdict }
letter-review-body =
    Annwyl { $name },

    Mae swyddogion y cyngor wedi gwirio eich cynnig "{ $title }" ar gyfer { $round }, { $place }.

    Eu dyfarniad: { $verdict }.{ $said }

    { $next }

    Gweld eich cynnig: { $link }

letter-review-said = Yr hyn a ddywedon nhw: { $note }
letter-review-next-feasible = Bydd ar y papur pleidleisio pan fydd y bleidlais yn agor.
letter-review-next-needs_changes = Gallwch ei newid a'i anfon eto o'r ddolen isod, cyn i'r adolygiad ddod i ben.
letter-review-next-final = Mae hyn yn derfynol ar gyfer y rownd hon.
letter-decision-subject = { $place }: mae'r penderfyniad ar y gyllideb wedi'i gyhoeddi
letter-decision-body =
    Mae'r cynghorwyr wedi cyhoeddi'r penderfyniad ar y gyllideb ar gyfer { $round }, { $place }.

    { $summary }

    Gweld beth a ariannwyd, a pham: { $link }

    Rydych yn cael hwn am eich bod yn dilyn cynnig yn y rownd hon.
letter-amendment-subject = { $place }: mae'r penderfyniad ar y gyllideb wedi'i ddiwygio
letter-amendment-body =
    Mae'r cynghorwyr wedi cyhoeddi diwygiad i'r penderfyniad ar y gyllideb ar gyfer { $round }, { $place }.

    { $summary }

    Gweld beth a ariannwyd, beth a newidiodd, a pham: { $link }

    Rydych yn cael hwn am eich bod yn dilyn cynnig yn y rownd hon.
letter-delivery-subject = { $title }: { $status }
letter-delivery-body =
    Mae newyddion am "{ $title }", a ariannwyd gan { $place } yn { $round }.

    { $status }: { $note }
    Wedi'i wario hyd yma: { $spent } o { $funded }

    Gweld pob diweddariad: { $link }

    Rydych yn cael hwn am eich bod yn dilyn y cynnig hwn. Gallwch roi'r gorau i'w ddilyn ar y dudalen honno.
account-letters_in = E-byst gennym ni
account-letters_in_hint = Dewiswch iaith ar frig unrhyw dudalen tra byddwch wedi mewngofnodi, a byddwn yn ysgrifennu atoch ynddi o hynny ymlaen.

# Amseroedd a dyddiadau, ar gloc y DU
date-am = yb
date-pm = yh
date-weekday-1 = Llun
date-weekday-2 = Mawrth
date-weekday-3 = Mercher
date-weekday-4 = Iau
date-weekday-5 = Gwener
date-weekday-6 = Sadwrn
date-weekday-7 = Sul
date-month-1 = Ionawr
date-month-2 = Chwefror
date-month-3 = Mawrth
date-month-4 = Ebrill
date-month-5 = Mai
date-month-6 = Mehefin
date-month-7 = Gorffennaf
date-month-8 = Awst
date-month-9 = Medi
date-month-10 = Hydref
date-month-11 = Tachwedd
date-month-12 = Rhagfyr
date-moment = { $time } ddydd { $weekday } { $day } { $month }
date-moment_year = { $moment } { $year }
date-long = { $day } { $month } { $year }
date-day = Dydd { $weekday } { $day } { $month } { $year }

# Amserlen rownd
timetable-problem-missing = Rhowch ddyddiad ac amser
timetable-problem-unreadable = Rhowch ddyddiad ac amser go iawn, fel 15/06/2027 22:00
timetable-problem-past = Mae'r amser hwn wedi mynd heibio. Dewiswch un sydd eto i ddod
timetable-problem-after_proposals_open = Rhaid i gynigion gau i'w gwirio ar ôl iddyn nhw agor
timetable-problem-after_review = Rhaid i'r pleidleisio agor ar ôl i gynigion gau i'w gwirio
timetable-problem-after_voting_open = Rhaid i'r pleidleisio gau ar ôl iddo agor
timetable-problem-too_short = Rhaid i'r pleidleisio aros ar agor am awr o leiaf
timetable-problem-unreadable_date = Rhowch ddyddiad go iawn, fel 20/07/2027, neu gadewch ef yn wag
timetable-problem-decision_before_close = Ni ellir disgwyl y penderfyniad cyn i'r pleidleisio gau
timetable-problem-delivery_before_decision = Ni all y cyflawni orffen cyn y disgwylir y penderfyniad

timetable-problem-clocks_change = Mae'r clociau'n mynd ymlaen ar yr amser hwn, felly nid yw byth yn digwydd yn y DU. Dewiswch amser arall
timetable-hold-next_time_passed = mae'r amser nesaf yn ei hamserlen wedi mynd heibio, neu'n gadael y pleidleisio ar agor am lai nag awr. Gosodwch ddyddiadau newydd ar dudalen manylion y rownd
timetable-hold-closes_later = Mae'r pleidleisio'n cau yn ôl amserlen y rownd am { $moment }, ac ni ellir ei gau'n gynnar â llaw
ballot-closes = Mae'r pleidleisio'n cau am { $moment }.
ballot-refused-closed_at = Caeodd y pleidleisio am { $moment }, felly ni ellir cyfrif y bleidlais hon

round-next-proposals_open = Mae cynigion yn agor am { $moment }.
round-next-review = Mae cynigion yn cau i'w gwirio am { $moment }.
round-next-voting_open = Mae'r pleidleisio'n agor am { $moment }.
round-next-voting_close = Mae'r pleidleisio'n cau am { $moment }.
round-delayed = Roedd disgwyl i “{ $phase }” ddechrau am { $moment } ac mae wedi'i ohirio: { $reason }. Mae'r swyddogion wedi cael gwybod.
round-settings = Swyddogion: newid manylion a dyddiadau'r rownd
round-closing_summary = Mae'r rownd hon wedi cau:
round-read_only = Mae'r rownd hon wedi cau: ni all ei chofnod newid mwyach

round_history-heading = Beth sydd wedi digwydd yn y rownd hon
round_history-by-officer = swyddog
round_history-by-councillor = y cynghorwyr
round_history-by-timetable = yr amserlen
round_history-by-admin = gweinyddwr
round_history-created = Cafodd y rownd ei sefydlu gan { $who }.
round_history-phase = Symudwyd o “{ $from }” i “{ $to }” gan { $who }.
round_history-changed = Newidiwyd gan { $who }: { $fields }.
round_history-delayed = Ni allai “{ $phase }” ddechrau mewn pryd: { $reason }.

place-archived = Mae'r gymdogaeth hon wedi'i harchifo: mae ei chofnod yn aros yma, ac nid oes ganddi rowndiau newydd.
place-new_round = Creu rownd

account-manage_neighbourhoods = Rheoli cymdogaethau

set_password-title = Dewiswch eich cyfrinair
set_password-lead = Mae'r ddolen hon yn gosod cyfrinair y cyfrif { $email }. Mae'n gweithio unwaith.
set_password-password = Creu cyfrinair
set_password-button = Gosod fy nghyfrinair
set_password-done = Mae eich cyfrinair wedi'i osod. Mewngofnodwch ag ef nawr.
set_password-that_link = Y ddolen honno (mae wedi'i defnyddio, neu mae wedi dod i ben)

neighbourhood_form-list_title = Cymdogaethau
neighbourhood_form-list_lead = Mae gan bob cymdogaeth ei rowndiau, ei swyddogion a'i chynghorwyr ei hun. Gall trigolion ei hardaloedd cod post bleidleisio yn ei rowndiau.
neighbourhood_form-new = Creu cymdogaeth
neighbourhood_form-edit_title = Newid { $name }
neighbourhood_form-back = Pob cymdogaeth
neighbourhood_form-name = Enw
neighbourhood_form-name_cy = Enw yn Gymraeg
neighbourhood_form-welsh_hint = Dewisol. Yn cael ei ddangos i bobl sy'n darllen y wefan yn Gymraeg
neighbourhood_form-slug = Cyfeiriad gwe
neighbourhood_form-slug_hint = Diwedd cyfeiriad y dudalen, fel shard-end. Gadewch ef yn wag i wneud un o'r enw
neighbourhood_form-slug_fixed_hint = Mae rownd yma'n gyhoeddus, felly mae llythyrau a phosteri'n cyfeirio at y cyfeiriad hwn: ni all newid
neighbourhood_form-council = Cyngor
neighbourhood_form-council_hint = Y cyngor y mae'n perthyn iddo, fel Cyngor Dinas Birmingham
neighbourhood_form-summary = Disgrifiad
neighbourhood_form-summary_cy = Disgrifiad yn Gymraeg
neighbourhood_form-areas = Ardaloedd cod post
neighbourhood_form-areas_hint = Un ar bob llinell: sector cod post, fel EX34 8, neu un cod post
neighbourhood_form-households = Aelwydydd
neighbourhood_form-households_hint = Dewisol. Faint o aelwydydd (neu drigolion cymwys) sy'n byw yno, ar gyfer y nifer a bleidleisiodd
neighbourhood_form-save = Cadw'r gymdogaeth
neighbourhood_form-saved = Mae { $name } wedi'i chadw.
neighbourhood_form-status = Statws
neighbourhood_form-is_open = Ar agor
neighbourhood_form-is_archived = Wedi'i harchifo
neighbourhood_form-change = Newid
neighbourhood_form-archive = Archifo
neighbourhood_form-restore = Dod â hi'n ôl
neighbourhood_form-archived = Mae'r gymdogaeth wedi'i harchifo. Mae ei thudalennau'n aros; nid yw'n cymryd rowndiau newydd.
neighbourhood_form-restored = Mae'r gymdogaeth yn ôl ar y dudalen gartref.
neighbourhood_form-archived_note = Mae'r gymdogaeth hon wedi'i harchifo.
neighbourhood_form-roles_link = Rhoi eu rolau i swyddogion a chynghorwyr
neighbourhood_form-that_one = Y gymdogaeth honno
neighbourhood_form-problem-name = Rhowch enw'r gymdogaeth
neighbourhood_form-problem-council = Rhowch y cyngor y mae'n perthyn iddo
neighbourhood_form-problem-summary = Rhowch ddisgrifiad
neighbourhood_form-problem-too_long = Defnyddiwch { $most } nod ar y mwyaf
neighbourhood_form-problem-slug = Defnyddiwch lythrennau bach, digidau a chysylltnodau yn unig, fel shard-end
neighbourhood_form-problem-area = Nid yw “{ $area }” yn ardal cod post. Rhowch sector fel EX34 8 neu god post fel EX34 8AB
neighbourhood_form-problem-no_areas = Rhowch o leiaf un ardal cod post
neighbourhood_form-problem-areas_overlap = Mae { $area } a { $other } yn gorgyffwrdd. Rhowch bob cod post unwaith
neighbourhood_form-problem-households = Rhowch nifer yr aelwydydd fel rhif cyfan, neu gadewch ef yn wag
neighbourhood_form-problem-slug_taken = Mae gan gymdogaeth arall y cyfeiriad gwe hwn. Dewiswch un arall
neighbourhood_form-problem-slug_fixed = Mae rownd o'r gymdogaeth hon yn gyhoeddus, felly ni all ei chyfeiriad gwe newid
neighbourhood_form-problem-area_taken = Mae { $area } yn gorgyffwrdd â { $other }, sy'n perthyn i { $neighbourhood }. Gall cod post berthyn i un gymdogaeth yn unig
neighbourhood_form-problem-area_taken_now = Mae { $area } newydd gael ei roi i gymdogaeth arall. Gall cod post berthyn i un gymdogaeth yn unig

round_form-new = Creu rownd
round_form-new_title = Creu rownd yn { $place }
round_form-new_lead = Mae'r rownd yn dechrau fel drafft y mae swyddogion yn unig yn ei weld. Gosodwch ei chronfa nesaf; yna mae'r rownd yn symud ymlaen ar ei phen ei hun ar yr amseroedd isod.
round_form-settings_title = { $round }: manylion a dyddiadau
round_form-title = Teitl
round_form-title_hint = Fel Shard End 2028–29
round_form-title_cy = Teitl yn Gymraeg
round_form-slug = Cyfeiriad gwe
round_form-slug_hint = Diwedd cyfeiriad y rownd, fel 2028-29. Gadewch ef yn wag i wneud un o'r teitl
round_form-summary = Disgrifiad
round_form-summary_cy = Disgrifiad yn Gymraeg
round_form-timetable = Amserlen
round_form-timetable_hint = Amser y DU. Mae'r rownd yn symud ymlaen ar ei phen ei hun ar bob un o'r amseroedd hyn.
round_form-time_hint = Er enghraifft 15/06/2027 22:00
round_form-proposals_open = Cynigion yn agor
round_form-review = Cynigion yn cau i'w gwirio
round_form-voting_open = Pleidleisio'n agor
round_form-voting_close = Pleidleisio'n cau
round_form-decision_expected = Disgwylir y penderfyniad
round_form-delivery_until = Prosiectau wedi'u cyflawni erbyn
round_form-optional_date = Dewisol
round_form-started = (wedi dechrau eisoes)
round_form-ballot_rule = Sut mae trigolion yn pleidleisio
round_form-rule-approval_within_pot = Ticio'r cynigion y maen nhw eu heisiau, hyd at faint y gronfa
round_form-rule-approve_up_to = Ticio hyd at nifer o gynigion
round_form-rule-points = Rhannu nifer o bwyntiau
round_form-max_choices = Y nifer fwyaf o gynigion y caiff preswylydd eu ticio
round_form-max_choices_hint = Ar gyfer “ticio hyd at nifer o gynigion”
round_form-points = Pwyntiau y mae pob preswylydd yn eu rhannu
round_form-points_hint = Ar gyfer “rhannu nifer o bwyntiau”
round_form-min_choices = Y nifer leiaf o gynigion y mae'n rhaid i breswylydd eu dewis
round_form-min_choices_hint = 1 fel arfer
round_form-count_rule = Sut mae'r pleidleisiau'n cael eu cyfrif
round_form-count_rule_hint = Yn cael ei ddangos i drigolion cyn iddyn nhw bleidleisio; yn sefydlog unwaith y bydd y pleidleisio'n agor
round_form-ballots_per = Pwy sy'n pleidleisio
round_form-ballots_per_hint = Yn cael ei ddangos i drigolion ar dudalen y rownd; yn sefydlog unwaith y bydd y rownd wedi'i chreu. Mae llythyrau gyda chodau pleidleisio yn mynd i aelwydydd y naill ffordd neu'r llall.
round_form-per-resident = Un bleidlais i bob preswylydd: mae pob preswylydd a ddilyswyd wyneb yn wyneb yn pleidleisio, yn ogystal â phob cod llythyr
round_form-per-household = Un bleidlais i bob aelwyd: dim ond y cod ar lythyr yr aelwyd sy'n pleidleisio, ar-lein neu ar bapur
round_form-count-greedy = Y mwyaf o bleidleisiau yn gyntaf, tra bo'r arian yn para
round_form-count-mes-complete = Cyfrannau cyfartal: mae gan bob pleidleisiwr gyfran gyfartal o'r gronfa i'w gwario
round_form-create = Creu'r rownd
round_form-created = Mae { $round } wedi'i chreu fel drafft. Gosodwch ei chronfa nawr.
round_form-save = Cadw'r newidiadau
round_form-saved = Mae { $round } wedi'i chadw.
round_form-unchanged = Ni newidiwyd dim.
round_form-fixed = Mae'r pleidleisio wedi agor, felly mae manylion a dyddiadau'r rownd yn sefydlog.
round_form-archived = Mae'r gymdogaeth hon wedi'i harchifo ac nid yw'n cymryd rowndiau newydd
round_form-see_round = Gweld tudalen y rownd
round_form-close_heading = Cau'r rownd
round_form-close_lead = Pan fydd pob prosiect wedi'i gyflawni, caewch y rownd gyda chrynodeb cyhoeddus byr. Ni ellir newid rownd sydd wedi cau.
round_form-closing_summary = Crynodeb i drigolion
round_form-closing_summary_hint = Beth gafodd ei gyflawni, a ble i ddarllen mwy
round_form-close = Cau'r rownd
round_form-closed = Mae { $round } wedi cau.
round_form-not_in_delivery = Dim ond rownd y mae ei phrosiectau'n cael eu cyflawni y gellir ei chau
round_form-problem-title = Rhowch deitl y rownd
round_form-problem-summary = Rhowch ddisgrifiad
round_form-problem-too_long = Defnyddiwch { $most } nod ar y mwyaf
round_form-problem-slug = Defnyddiwch lythrennau bach, digidau a chysylltnodau yn unig, fel 2028-29
round_form-problem-slug_taken = Mae gan rownd arall o'r gymdogaeth hon y cyfeiriad gwe hwn. Dewiswch un arall
round_form-problem-ballot_rule = Dewiswch sut mae trigolion yn pleidleisio
round_form-problem-count_rule = Dewiswch sut mae'r pleidleisiau'n cael eu cyfrif
round_form-problem-ballots_per = Dewiswch a yw pob preswylydd neu bob aelwyd yn pleidleisio
round_form-problem-number = Rhowch rif cyfan o { $least } i { $most }
round_form-problem-min_over_max = Ni all y nifer leiaf o gynigion i'w dewis fod yn fwy na'r nifer fwyaf y caiff preswylydd eu ticio
round_form-problem-closing_summary = Rhowch grynodeb o hyd at 4,000 nod

letter-delayed-subject = { $round }: ni allai { $phase } ddechrau mewn pryd
letter-delayed-body =
    Annwyl { $name },

    Mae amserlen { $round } yn { $place } yn dweud y dylai “{ $phase }” fod wedi dechrau erbyn hyn, ac ni allai: { $reason }.

    Cywirwch hyn ar dudalen adolygu'r rownd, yna symudwch y rownd ymlaen yno (neu mae'n symud yn y gwiriad nesaf):
    { $review }

letter-reminder-closes = Mae'r pleidleisio'n cau am { $moment }.

# Profi cyfeiriad e-bost, ailosod cyfrinair, gwahoddiadau i rôl
account-confirm_sent = Rydym wedi anfon dolen at { $email }. Dilynwch hi i gadarnhau mai chi biau'r cyfeiriad
account-confirm_heading = Cadarnhewch eich cyfeiriad e-bost
account-confirm_lead = Fe anfonon ni ddolen at { $email }. Nes i chi ei dilyn, ni allwch ddangos ble rydych yn byw, cynnig prosiect na chymryd rôl. Mae'r ddolen yn gweithio am ddau ddiwrnod.
account-confirm_again = Anfon y ddolen eto
account-confirm_first = Cadarnhewch eich cyfeiriad e-bost yn gyntaf: dilynwch y ddolen a anfonon ni atoch. Gallwch ei hanfon eto o dudalen eich cyfrif
confirm-title = Cadarnhewch eich cyfeiriad e-bost
confirm-lead = Cadarnhewch mai { $email } yw eich cyfeiriad e-bost.
confirm-button = Cadarnhau fy nghyfeiriad e-bost
confirm-done = Mae eich cyfeiriad e-bost wedi'i gadarnhau
confirm-that_link = Y ddolen gadarnhau honno (mae wedi'i defnyddio, neu mae wedi dod i ben)
confirm-already = Mae eich cyfeiriad e-bost wedi'i gadarnhau yn barod
signin-forgot = Wedi anghofio eich cyfrinair?
forgot-title = Ailosod eich cyfrinair
forgot-lead = Rhowch gyfeiriad e-bost eich cyfrif. Byddwn yn anfon dolen ato i ddewis cyfrinair newydd. Mae'r ddolen yn gweithio am awr.
forgot-button = Anfon dolen ataf
forgot-sent = Os oes cyfrif yn defnyddio { $email }, rydym wedi anfon dolen ato i ddewis cyfrinair newydd. Mae'r ddolen yn gweithio am awr
invitation-title = Gwahoddiad i rôl
invitation-lead = Mae { $by } wedi gwahodd { $email } i fod yn { $role } ar Commonpot.
invitation-accept = Derbyn y rôl
invitation-sign_in = Mewngofnodwch gyda { $email } i dderbyn. Os nad oes gennych gyfrif gyda'r cyfeiriad hwnnw eto, crëwch un a chadarnhewch y cyfeiriad yn gyntaf.
invitation-other_account_lead = Mae'r gwahoddiad hwn ar gyfer { $email }, ac rydych wedi mewngofnodi fel { $other }. Allgofnodwch, yna mewngofnodwch gyda { $email } i'w dderbyn.
invitation-other_account = Mae'r gwahoddiad hwn ar gyfer { $email }. Mewngofnodwch gyda'r cyfeiriad hwnnw i'w dderbyn
invitation-accepted = Rydych nawr yn { $role }
invitation-that_link = Y gwahoddiad hwnnw (mae wedi'i dderbyn neu ei dynnu'n ôl, neu mae wedi dod i ben)
letter-confirm_email-subject = Cadarnhewch eich cyfeiriad e-bost ar gyfer Commonpot
letter-confirm_email-body =
    Annwyl { $name },

    Fe wnaethoch greu cyfrif Commonpot gyda'r cyfeiriad hwn. I gadarnhau mai chi biau'r cyfeiriad, dilynwch y ddolen hon o fewn dau ddiwrnod:
    { $link }

    Os nad chi oedd hyn, anwybyddwch yr e-bost hwn: ni all y cyfrif wneud dim nes bod y cyfeiriad wedi'i gadarnhau.

letter-reset_password-subject = Dewiswch gyfrinair Commonpot newydd
letter-reset_password-body =
    Annwyl { $name },

    Gofynnodd rhywun am ailosod cyfrinair y cyfrif Commonpot { $email }. I ddewis cyfrinair newydd, dilynwch y ddolen hon o fewn awr:
    { $link }

    Os nad chi oedd hyn, anwybyddwch yr e-bost hwn: nid yw eich cyfrinair wedi newid.

letter-password_changed-subject = Newidiwyd eich cyfrinair Commonpot
letter-password_changed-body =
    Annwyl { $name },

    Newidiwyd cyfrinair eich cyfrif Commonpot { $email } gyda dolen ailosod, ac mae pob dyfais a oedd wedi mewngofnodi wedi'i hallgofnodi.

    Os nad chi oedd hyn, ailosodwch ef eto nawr o'r dudalen mewngofnodi a rhowch wybod i'r cyngor: { $link }/forgot-password

letter-invitation-subject = Fe'ch gwahoddir i fod yn { $role } ar Commonpot
letter-invitation-body =
    Helo,

    Mae { $by } wedi gwahodd { $email } i fod yn { $role } ar Commonpot.

    I dderbyn, dilynwch y ddolen hon o fewn saith diwrnod a mewngofnodwch gyda'r cyfeiriad hwn (crëwch gyfrif gydag ef os nad oes gennych un):
    { $link }

    Os nad oeddech yn disgwyl hyn, anwybyddwch yr e-bost hwn.

code-refusal-voted_in_open_round = Mae’r cod hwn wedi pleidleisio eisoes mewn cylch sy’n dal ar agor, felly ni ellir ei ychwanegu at gyfrif nes bod y bleidlais yn cau. Os gwnaethoch chi bleidleisio ag ef, newidiwch eich pleidlais gyda’r cod a’ch derbynneb. Fel arall, gofynnwch i swyddog eich dilysu wyneb yn wyneb
code-refusal-awaiting_approval = Gwnaed y cod pleidleisio hwnnw tra bod y bleidlais ar agor ac mae’n aros i ail swyddog ei gymeradwyo. Rhowch gynnig arall arni yn nes ymlaen, neu cysylltwch â’r cyngor
ballot-problem-code_on_account = Mae’r cod hwn wedi’i ychwanegu at gyfrif preswylydd, felly dim ond drwy’r cyfrif hwnnw y mae’n pleidleisio. Mewngofnodwch i bleidleisio, neu cysylltwch â’r cyngor os na wnaethoch chi ei ychwanegu
confirm-sign_in_as = Mewngofnodwch fel { $email } i gadarnhau’r cyfeiriad. Os na wnaethoch chi gyfrif gydag ef, ailosodwch ei gyfrinair o’r dudalen mewngofnodi: mae hynny’n gwneud y cyfrif yn eiddo i chi
results-codes_heading = Codau pleidleisio a gwiriadau wyneb yn wyneb
results-codes_lead = Fel y gall unrhyw un gymharu’r pleidleisiau â’r codau: pob swp o godau llythyr, a beth wnaeth ei godau yn y cylch hwn. Cafodd { $n } o breswylwyr eu dilysu wyneb yn wyneb gan swyddog; maen nhw’n pleidleisio gyda’u cyfrifon.
results-codes_caption = Codau pleidleisio fesul swp
results-codes_issued = Wedi’u rhoi
results-codes_online = Wedi’u defnyddio ar-lein
results-codes_paper = Wedi’u defnyddio ar bapur
results-codes_voided = Wedi’u canslo
results-count_stale = Nid yw’r cyfrif a gadwyd ar gyfer y cylch hwn yn cyfateb i’w bleidleisiau mwyach, felly nid yw’n cael ei ddangos. Mae hyn wedi’i gofnodi i’r cyngor ei wirio.
confirm-sign_in_first = Mewngofnodwch i’r cyfrif { $email } i’w gadarnhau, er enghraifft os gwnaethoch ei greu ar ddyfais arall. Os na wnaethoch ei greu, ailosodwch ei gyfrinair o’r dudalen mewngofnodi yn lle hynny: mae hynny’n gwneud y cyfrif yn eiddo i chi.

site-footer_links = Am y gwasanaeth hwn
notice-contact = Cysylltu
notice-contact-email = E-bostiwch { $operator } yn
notice-contact-none = Cysylltwch â { $operator } drwy'r manylion cyswllt ar ei wefan.
notice-privacy-title = Hysbysiad preifatrwydd
notice-privacy-lead = { $operator } sy'n rhedeg y gwasanaeth Cyllideb Gymunedol hwn, a dyma'r rheolydd data ar gyfer y wybodaeth bersonol sydd ganddo. Mae'r hysbysiad hwn yn dweud beth rydym yn ei gasglu, pam, am ba hyd rydym yn ei gadw a beth y gallwch ofyn i ni ei wneud ag ef.
notice-privacy-collect = Beth rydym yn ei gasglu
notice-privacy-collect-account = Os byddwch yn creu cyfrif: eich enw fel y mae eraill yn ei weld, eich cyfeiriad e-bost, eich cyfrinair (wedi'i gadw fel stwnsh unffordd araf yn unig na ellir ei droi'n ôl yn gyfrinair) a'r iaith rydych yn darllen ynddi.
notice-privacy-collect-residence = Os byddwch yn dangos ble rydych yn byw: eich cod post a'ch cymdogaeth, a sut y cafodd ei wirio (cod pleidleisio o lythyr, neu swyddog a welodd brawf wyneb yn wyneb).
notice-privacy-collect-proposals = Os byddwch yn cynnig rhywbeth, yn dilyn cynnig neu'n cymryd rhan mewn grŵp cymunedol: yr hyn rydych yn ei ysgrifennu a'i ddewis. Caiff cynigion a'u hadolygiad eu cyhoeddi gyda'ch enw fel y cynigydd.
notice-privacy-collect-feedback = Os byddwch yn anfon adborth: eich neges, a'ch enw a'ch cyfeiriad e-bost dim ond os byddwch yn eu rhoi. Ni chedwir dim arall amdanoch gyda hi: nid eich cyfrif, nid eich cyfeiriad rhyngrwyd.
notice-privacy-collect-technical = I gadw'r gwasanaeth yn ddiogel: cwcis sy'n eich cadw wedi mewngofnodi ac yn diogelu ffurflenni (gweler y dudalen cwcis), a chyfeiriad rhyngrwyd ymdrechion i fewngofnodi, cofrestru, anfon adborth neu ddefnyddio cod pleidleisio, fel y gellir atal dyfalu. Pan fydd terfyn yn atal rhywun, caiff y cyfeiriad ei gadw yn y log archwilio.
notice-privacy-vote = Eich pleidlais
notice-privacy-vote-secret = Caiff eich pleidlais ei chadw gydag allwedd wedi'i gwneud o'ch cyfrif neu'ch cod pleidleisio dan allwedd gyfrinachol sydd gan y gweinydd yn unig. Ni all neb sy'n darllen y gronfa ddata, gan gynnwys staff y cyngor, weld sut y gwnaethoch bleidleisio heb yr allwedd honno, a dim ond codau derbynneb y mae'r rhestr gyhoeddus o bleidleisiau'n eu dangos.
notice-privacy-vote-receipt = Eich cod derbynneb chi yw hwn i'w gadw: gydag ef gallwch wirio'ch pleidlais yn y rhestr gyhoeddus. Os byddwn yn ei e-bostio atoch, caiff y llythyr ei ddileu cyn gynted ag y caiff ei anfon.
notice-privacy-basis = Pam rydym yn ei defnyddio: y sail gyfreithlon
notice-privacy-basis-public_task = Rydym yn defnyddio'r wybodaeth hon i redeg y Gyllideb Gymunedol, tasg er budd y cyhoedd y mae { $operator } yn ei chyflawni (GDPR y DU Erthygl 6(1)(e), tasg gyhoeddus): i wirio bod pleidleiswyr yn byw yn y gymdogaeth, bod pob un yn pleidleisio unwaith, i gyhoeddi cynigion a phenderfyniadau, ac i ysgrifennu atoch amdanynt.
notice-privacy-kept = Am ba hyd rydym yn ei chadw
notice-privacy-kept-sessions = Daw sesiynau mewngofnodi i ben ar ôl 14 diwrnod heb eu defnyddio (30 munud i staff y cyngor) ac yna cânt eu dileu.
notice-privacy-kept-attempts = Caiff cofnodion o ymdrechion i fewngofnodi, cofrestru a defnyddio codau pleidleisio eu dileu ar ôl diwrnod. Caiff dolenni untro eu dileu ddiwrnod ar ôl iddynt gael eu defnyddio neu ddod i ben.
notice-privacy-kept-letters = Caiff llythyrau rydym yn eu hanfon atoch eu dileu { $days } diwrnod ar ôl eu hanfon; llythyrau derbynneb cyn gynted ag y cânt eu hanfon.
notice-privacy-kept-feedback = Caiff neges adborth, gydag unrhyw enw a chyfeiriad e-bost a roesoch, ei dileu flwyddyn ar ôl i'r cyngor ei hateb.
notice-privacy-kept-account = Caiff eich cyfrif, gyda'ch cod post, ei gadw nes i chi ei ddileu. Cedwir copïau wrth gefn o'r gwasanaeth am 14 diwrnod, felly mae cyfrif wedi'i ddileu wedi mynd ohonynt 14 diwrnod yn ddiweddarach.
notice-privacy-kept-record = Mae cynigion, pleidleisiau (heb ddim sy'n eu cysylltu â chi) a phenderfyniadau cyllideb yn gofnod cyhoeddus parhaol ac fe'u cedwir ar ôl i'ch cyfrif gael ei ddileu; yna dangosir eich cynigion fel rhai gan gyn-breswylydd.
notice-privacy-shared = Gyda phwy rydym yn ei rhannu
notice-privacy-shared-body = Neb, ac eithrio'r gwasanaeth e-bost sy'n dosbarthu ein llythyrau atoch. Nid yw'r data agored rydym yn ei gyhoeddi am bob rownd yn cynnwys unrhyw wybodaeth bersonol.
notice-privacy-rights = Eich hawliau
notice-privacy-rights-download = Gallwch lawrlwytho popeth sydd gennym amdanoch, fel ffeil, o dudalen eich cyfrif.
notice-privacy-rights-delete = Gallwch ddileu eich cyfrif o dudalen eich cyfrif. Caiff eich gwybodaeth bersonol ei dileu ar unwaith.
notice-privacy-rights-other = Gallwch hefyd ofyn i ni gywiro gwybodaeth, neu wrthwynebu sut rydym yn ei defnyddio, drwy gysylltu â ni isod.
notice-privacy-rights-ico = Os ydych yn anhapus â sut rydym wedi defnyddio'ch gwybodaeth, gallwch gwyno i Swyddfa'r Comisiynydd Gwybodaeth (ico.org.uk, 0303 123 1113).
notice-accessibility-title = Datganiad hygyrchedd
notice-accessibility-lead = Mae'r datganiad hwn yn berthnasol i'r gwasanaeth Cyllideb Gymunedol hwn, sy'n cael ei redeg gan { $operator }. Rydym am i gynifer o bobl â phosibl allu ei ddefnyddio.
notice-accessibility-using = Defnyddio'r gwasanaeth hwn
notice-accessibility-using-body = Dylech allu chwyddo hyd at 400% heb i'r testun fynd oddi ar y sgrin, ei ddefnyddio ar sgrin 320 picsel o led, mynd o ddechrau i ddiwedd pob ffurflen â bysellfwrdd yn unig, ei ddefnyddio gyda darllenydd sgrin neu adnabod lleferydd, a defnyddio pob ffurflen gyda JavaScript wedi'i ddiffodd. Mae pob tudalen yn Gymraeg ac yn Saesneg.
notice-accessibility-how = Pa mor hygyrch yw'r gwasanaeth hwn
notice-accessibility-how-body = Gwyddom nad yw rhai rhannau'n gwbl hygyrch: maent wedi'u rhestru dan ddiffyg cydymffurfio isod.
notice-accessibility-report = Rhoi gwybod am broblem
notice-accessibility-report-body = Os byddwch yn dod o hyd i broblem nad yw wedi'i rhestru yma, neu os oes angen gwybodaeth arnoch mewn fformat arall fel print bras, hawdd ei ddeall neu sain, rhowch wybod i ni. Byddwn yn ateb o fewn 10 diwrnod gwaith.
notice-accessibility-enforcement = Gweithdrefn orfodi
notice-accessibility-enforcement-body = Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy'n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018. Os nad ydych yn hapus â'r ffordd rydym yn ymateb i'ch cwyn, cysylltwch â'r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS).
notice-accessibility-status = Statws cydymffurfio
notice-accessibility-status-body = Mae'r gwasanaeth hwn yn cydymffurfio'n rhannol â safon AA Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2, oherwydd y diffyg cydymffurfio a restrir isod.
notice-accessibility-issues = Diffyg cydymffurfio â'r rheoliadau hygyrchedd
notice-accessibility-issues-admin_english = Mae'r tudalennau y mae staff y cyngor yn eu defnyddio i sefydlu cymdogaethau a rowndiau yn Saesneg yn unig, felly pan ddewisir Cymraeg maent mewn iaith wahanol i'r hyn y mae'r dudalen yn ei ddweud (WCAG 3.1.1). Rydym yn bwriadu eu cyfieithu.
notice-accessibility-issues-welsh_review = Nid yw ein testun Cymraeg wedi'i wirio gan gyfieithydd proffesiynol eto.
notice-accessibility-tested = Sut y gwnaethom brofi'r gwasanaeth hwn
notice-accessibility-tested-body = Caiff pob tudalen ei gwirio'n awtomatig ag axe-core ar led ffôn ac ar 320 picsel bob tro y caiff y gwasanaeth ei newid, a chaiff y prif deithiau (cofrestru, cynnig, pleidleisio) eu profi â bysellfwrdd a gyda JavaScript wedi'i ddiffodd.
notice-cookies-title = Cwcis
notice-cookies-lead = Dim ond y cwcis sydd eu hangen arno i weithio y mae'r gwasanaeth hwn yn eu defnyddio. Nid yw'n gosod cwcis ar gyfer dadansoddi na hysbysebu, felly nid yw'n gofyn am eich caniatâd.
notice-cookies-caption = Y cwcis rydym yn eu gosod
notice-cookies-name = Enw
notice-cookies-purpose = I beth y mae
notice-cookies-lasts = Am ba hyd y mae'n para
notice-cookies-session = Yn eich cadw wedi mewngofnodi
notice-cookies-session-lasts = Nes i chi gau eich porwr neu allgofnodi
notice-cookies-csrf = Yn profi bod ffurflen wedi'i hanfon o'r wefan hon
notice-cookies-csrf-lasts = Nes i chi gau eich porwr
notice-cookies-flash = Yn dangos neges ar ôl i chi anfon ffurflen
notice-cookies-flash-lasts = 10 munud
notice-cookies-lang = Yn cofio'r iaith a ddewisoch
notice-cookies-lang-lasts = 1 flwyddyn
notice-cookies-no_banner = Dros gysylltiad diogel, mae __Host- o flaen enwau'r tri cyntaf.
account-your_data = Eich data
account-download_data = Lawrlwythwch bopeth sydd gennym amdanoch (ffeil JSON)
account-download_data_hint = Mae'n cynnwys eich cyfrif, ble y dangosoch eich bod yn byw, eich cynigion, yr hyn rydych yn ei ddilyn a'r llythyrau rydym wedi'u hanfon atoch. Ni all ddweud sut y gwnaethoch bleidleisio: nid oes dim rydym yn ei gadw yn cysylltu pleidlais â chi.
account-delete_heading = Dileu eich cyfrif
account-delete_lead = Caiff eich enw, eich cyfeiriad e-bost, eich cod post a'ch llythyrau eu dileu ar unwaith ac ni allwch fewngofnodi eto. Mae cynigion a anfonwyd gennych yn aros ar y cofnod cyhoeddus, wedi'u dangos fel rhai gan gyn-breswylydd, ac mae eich pleidlais yn dal i gyfrif. Ni ellir dadwneud hyn.
account-delete_password = Teipiwch eich cyfrinair i gadarnhau
account-delete_button = Dileu fy nghyfrif
account-delete_last_admin = Chi yw'r unig weinyddwr. Gwahoddwch rywun arall i fod yn weinyddwr cyn i chi ddileu eich cyfrif.
account-deleted = Mae eich cyfrif wedi'i ddileu a'ch gwybodaeth bersonol wedi'i dileu.
proposal-former_resident = Cyn-breswylydd
change_email-heading = Newid eich cyfeiriad e-bost
change_email-how = Rydym yn anfon dolen i'r cyfeiriad newydd. Mae eich cyfeiriad yn newid pan fyddwch yn ei dilyn, wedi mewngofnodi, ac rydym yn dweud wrth eich hen gyfeiriad ei fod wedi newid.
change_email-new = Cyfeiriad e-bost newydd
change_email-send = Anfon dolen i'r cyfeiriad newydd
change_email-same = Dyna eich cyfeiriad e-bost yn barod
change_email-sent = Rydym wedi anfon dolen i { $new }. Dilynwch hi o fewn dau ddiwrnod i orffen y newid; tan hynny mae eich cyfeiriad yn aros yn { $old }.
change_email-title = Newid eich cyfeiriad e-bost
change_email-lead = Gwneud { $new } yn gyfeiriad e-bost eich cyfrif Commonpot.
change_email-button = Defnyddio'r cyfeiriad hwn
change_email-sign_in_first = Mewngofnodwch i'ch cyfrif yn gyntaf, yna dilynwch y ddolen eto.
change_email-done = Eich cyfeiriad e-bost nawr yw { $new }
change_email-taken = Mae cyfrif arall wedi'i greu gyda'r cyfeiriad hwnnw ers i chi ofyn, felly nid yw eich un chi wedi newid
change_email-that_link = Y ddolen honno i newid cyfeiriad e-bost (mae wedi'i defnyddio, neu mae wedi dod i ben)
letter-change_email-subject = Cadarnhewch eich cyfeiriad e-bost newydd ar gyfer Commonpot
letter-change_email-body =
    Annwyl { $name },

    Fe wnaethoch ofyn i'r cyfrif Commonpot { $old } ddefnyddio'r cyfeiriad hwn, { $email }, yn lle hynny. I wneud y newid, mewngofnodwch a dilynwch y ddolen hon o fewn dau ddiwrnod:
    { $link }

    Os nad chi oedd hyn, anwybyddwch yr e-bost hwn: nid oes dim yn newid.

letter-email_in_use-subject = Ceisiodd rhywun symud cyfrif Commonpot i'r cyfeiriad hwn
letter-email_in_use-body =
    Helo,

    Gofynnodd rhywun a oedd wedi mewngofnodi i gyfrif Commonpot i'w gyfeiriad ddod yn { $email }. Mae gan y cyfeiriad hwn gyfrif Commonpot yn barod, felly nid oes dim wedi newid.

    Os mai chi oedd hyn, gallwch fewngofnodi gyda'r cyfeiriad hwn fel y mae: { $link }/sign-in

letter-email_changed-subject = Newidiwyd eich cyfeiriad e-bost Commonpot
letter-email_changed-body =
    Annwyl { $name },

    Newidiwyd cyfeiriad e-bost eich cyfrif Commonpot o { $email } i { $new }. Byddwn yn ysgrifennu i'r cyfeiriad newydd o hyn ymlaen.

    Os nad chi oedd hyn, ailosodwch eich cyfrinair o'r dudalen mewngofnodi gan ddefnyddio { $new } os gallwch, a rhowch wybod i'r cyngor ar unwaith: { $link }/forgot-password

account-register_group = Cofrestru grŵp cymunedol
group_form-title = Cofrestru grŵp cymunedol
group_form-lead = Cymdeithasau tenantiaid, clybiau ieuenctid, cyfeillion parc: gall grŵp anfon cynigion yn ei enw ei hun unwaith y bydd swyddogion cymdogaeth y mae'n gweithio ynddi yn ei gydnabod. Chi fydd yn rhedeg y grŵp ar Commonpot a gallwch wahodd ei aelodau.
group_form-name = Enw'r grŵp
group_form-summary = Beth mae'n ei wneud, mewn brawddeg
group_form-summary_hint = Yn cael ei ddangos o dan enw'r grŵp, hyd at 200 nod
group_form-description = Mwy am y grŵp
group_form-description_hint = I bwy mae e, pryd a ble mae'n cwrdd, beth mae wedi'i wneud
group_form-neighbourhoods = Ble mae'n gweithio
group_form-neighbourhoods_hint = Ticiwch bob cymdogaeth: y swyddogion yno sy'n penderfynu a ddylid cydnabod y grŵp
group_form-contact_email = Cyfeiriad e-bost cyswllt cyhoeddus
group_form-contact_email_hint = Yn cael ei ddangos ar dudalen y grŵp, i drigolion gysylltu â'r grŵp
group_form-charity_number = Rhif elusen neu gwmni
group_form-optional = Dewisol
group_form-website = Gwefan
group_form-website_hint = Dewisol, yn dechrau https://
group_form-register = Cofrestru'r grŵp
group_form-problem-name = Rhowch enw'r grŵp
group_form-problem-summary = Dywedwch beth mae'r grŵp yn ei wneud, mewn brawddeg
group_form-problem-description = Dywedwch fwy wrth drigolion am y grŵp
group_form-problem-too_long = Defnyddiwch { $most } nod neu lai
group_form-problem-name_letters = Defnyddiwch lythrennau neu rifau yn enw'r grŵp
group_form-problem-contact_email = Rhowch gyfeiriad e-bost fel enw@example.org
group_form-problem-charity_number = Rhowch y rhif fel y mae wedi'i gofrestru, gan ddefnyddio llythrennau, rhifau a chysylltnodau
group_form-problem-website = Rhowch gyfeiriad llawn y wefan, yn dechrau https://
group_form-problem-neighbourhoods = Ticiwch o leiaf un gymdogaeth y mae'r grŵp yn gweithio ynddi
group_form-problem-name_taken = Mae grŵp o'r enw “{ $group }” eisoes yn gweithio yn { $place }: dewiswch enw y gall trigolion ei wahaniaethu
group-registered = Mae { $group } wedi'i gofrestru. Bydd swyddogion pob cymdogaeth a diciwyd yn penderfynu nawr a ddylid ei gydnabod; byddwch yn cael e-bost pan fyddant yn gwneud hynny.
group-that_group = Y grŵp cymunedol hwnnw
group-that_member = Yr aelod hwnnw o'r grŵp
group-last_admin = Mae angen o leiaf un gweinyddwr ar grŵp: gwnewch rywun arall yn weinyddwr yn gyntaf
group-member_of = aelod o { $group }
group-invited = Mae gwahoddiad ar ei ffordd i { $email }. Mae'n gweithio am saith diwrnod.
group-admin_made = Maen nhw bellach yn weinyddwr y grŵp.
group-admin_unmade = Nid ydynt bellach yn weinyddwr y grŵp.
group-removed = Nid ydynt bellach yn aelod o'r grŵp.
group-left = Rydych wedi gadael y grŵp.
group-standing-waiting = Yn aros am swyddogion { $place }
group-standing-changes_asked = Gofynnodd swyddogion { $place } am newidiadau ar { $on }
group-standing-recognised = Wedi'i gydnabod gan swyddogion { $place } ar { $on }
group-standing-declined = Heb ei gydnabod gan swyddogion { $place } ({ $on })
group-standing-withdrawn = Tynnwyd y gydnabyddiaeth yn ôl gan swyddogion { $place } ar { $on }
group-choose_decision = Dewiswch beth rydych yn ei benderfynu
group-reason_needed = Rhowch y rheswm: mae'r grŵp yn ei ddarllen, ac mae rheswm dros dynnu'n ôl yn gyhoeddus
group-reason_long = Defnyddiwch 2,000 nod neu lai
group-decided-recognised = Mae { $group } wedi'i gydnabod yma a gall nawr anfon cynigion yn ei enw.
group-decided-changes_asked = Gofynnwyd i { $group } am newidiadau.
group-decided-declined = Nid yw { $group } wedi'i gydnabod yma.
group-decided-withdrawn = Nid yw { $group } wedi'i gydnabod yma mwyach. Mae ei gynigion a anfonwyd eisoes yn aros, wedi'u marcio.
group-decided_meanwhile = Penderfynodd swyddog arall am y grŵp hwn eiliad yn ôl. Ail-lwythwch y dudalen i weld ble mae'n sefyll.
group-unmake_admin = Peidio â bod yn weinyddwr
group-make_admin = Gwneud yn weinyddwr
group-role = Rôl
group-admin = Gweinyddwr
group-member = Aelod
group-remove = Tynnu o'r grŵp
group-members = Aelodau
group-name = Enw
group-actions = Camau
group-invite = Gwahodd aelod
group-invite_lead = Maen nhw'n cael e-bost gyda dolen. Maen nhw'n ymuno pan fyddant yn ei dderbyn, wedi mewngofnodi gyda'r cyfeiriad hwnnw.
group-their_email = Eu cyfeiriad e-bost
group-send_invitation = Anfon y gwahoddiad
group-withdrawn_because = Pam: { $reason }
group-caption = Grŵp cymunedol
group-where = Ble mae'n gweithio
group-run_by = Yn cael ei redeg gan
group-contact = Cyswllt
group-charity_number = Rhif elusen neu gwmni
group-website = Gwefan
group-proposals = Ei gynigion
group-no_proposals = Nid yw wedi anfon unrhyw gynigion eto.
group-leave = Gadael y grŵp hwn
group-decide-recognised = Ei gydnabod: gall anfon cynigion yn ei enw yma
group-decide-changes_asked = Gofyn am newidiadau
group-decide-declined = Peidio â'i gydnabod
group-decide-withdrawn = Tynnu'r gydnabyddiaeth yn ôl (mae'r rheswm yn gyhoeddus)
group-decision_for = Eich penderfyniad am { $group }
group-reason = Rheswm
group-reason_hint = Yn angenrheidiol ar gyfer unrhyw beth ond cydnabod; mae gweinyddwyr y grŵp yn ei gael drwy e-bost
group-record_decision = Cofnodi'r penderfyniad
group-queue-none = Dim.
group-queue-title = Grwpiau cymunedol yn { $place }
group-queue-lead = Gwiriwch fod pob grŵp yr hyn y mae'n dweud ei fod — grŵp lleol go iawn, gyda ffordd o gysylltu ag ef — cyn ei gydnabod. Mae pob penderfyniad yn cael ei gofnodi gyda'ch enw a'i e-bostio i'r grŵp.
group-queue-waiting = Yn aros am benderfyniad
group-queue-recognised = Wedi'u cydnabod
group-queue-others = Heb eu cydnabod, neu gydnabyddiaeth wedi'i thynnu'n ôl
letter-group_recognised-subject = Mae { $group } wedi'i gydnabod yn { $place }
letter-group_recognised-body =
    Helo,

    Mae swyddogion { $place } wedi cydnabod { $group } ar Commonpot. Gall ei aelodau nawr anfon cynigion yn enw'r grŵp yno.

    Tudalen y grŵp: { $link }

letter-group_changes_asked-subject = Mae swyddogion { $place } yn gofyn i { $group } am newidiadau
letter-group_changes_asked-body =
    Helo,

    Edrychodd swyddogion { $place } ar { $group } ac maen nhw'n gofyn am newidiadau cyn ei gydnabod:

    { $reason }

    Tudalen y grŵp: { $link }

letter-group_declined-subject = Nid yw { $group } wedi'i gydnabod yn { $place }
letter-group_declined-body =
    Helo,

    Penderfynodd swyddogion { $place } beidio â chydnabod { $group } ar Commonpot, am y rheswm hwn:

    { $reason }

    Tudalen y grŵp: { $link }

letter-group_withdrawn-subject = Mae swyddogion { $place } wedi tynnu cydnabyddiaeth { $group } yn ôl
letter-group_withdrawn-body =
    Helo,

    Mae swyddogion { $place } wedi tynnu eu cydnabyddiaeth o { $group } yn ôl. Ni all y grŵp anfon cynigion yn ei enw yno mwyach; mae cynigion a anfonwyd eisoes yn aros. Eu rheswm, sy'n cael ei ddangos ar dudalen y grŵp:

    { $reason }

    Tudalen y grŵp: { $link }

proposal-group_not_recognised = nid yw'r swyddogion yma yn cydnabod y grŵp hwn mwyach
place-groups = Grwpiau cymunedol
place-no_groups = Nid oes grŵp cymunedol wedi'i gydnabod yma eto.
place-register_group = Cofrestru grŵp cymunedol
place-group_queue = Cydnabod grwpiau cymunedol (swyddogion)
group-own_group = Rydych yn perthyn i'r grŵp hwn: swyddog arall sy'n penderfynu amdano.
group-invite_after_recognition = Gall grŵp wahodd aelodau unwaith y bydd swyddogion cymdogaeth y mae'n gweithio ynddi wedi'i gydnabod.
group-funded = Wedi'i ariannu: { $amount }
group-not_funded = Heb ei ariannu
group-that_contact_link = Y ddolen honno i gadarnhau cyfeiriad cyswllt grŵp (mae wedi'i defnyddio, neu mae wedi dod i ben)
group-contact_confirmed = Mae { $email } wedi'i gadarnhau: mae tudalen y grŵp yn ei ddangos fel ei gyswllt.
group-contact_waiting = Yn aros i rywun yn y cyfeiriad ddilyn y ddolen a anfonwyd ato; tan hynny nid yw'n cael ei ddangos
group-confirm_contact_title = Cadarnhau cyfeiriad cyswllt grŵp cymunedol
group-confirm_contact_lead = Rhoddodd { $group } { $email } fel y cyfeiriad lle gall trigolion gysylltu ag ef. Cadarnhewch ef, a bydd tudalen gyhoeddus y grŵp yn ei ddangos.
group-confirm_contact = Cadarnhau'r cyfeiriad hwn
letter-group_contact-subject = Cadarnhewch gyfeiriad cyswllt { $group } ar Commonpot
letter-group_contact-body =
    Helo,

    Cofrestrodd { $by } { $group } ar Commonpot, y gwasanaeth ar gyfer y Gyllideb Gymunedol, a rhoi'r cyfeiriad hwn i drigolion gysylltu â'r grŵp.

    I'w gadarnhau, dilynwch y ddolen hon o fewn saith diwrnod:
    { $link }

    Tan hynny ni fydd y cyfeiriad yn cael ei ddangos. Os nad ydych yn gwybod dim am y grŵp hwn, anwybyddwch yr e-bost hwn.

# Administrators find, disable and enable accounts
account-disabled = Mae gweinyddwyr y cyngor wedi analluogi’r cyfrif hwn. Cysylltwch â’r cyngor os ydych chi’n credu bod hyn yn anghywir.
accounts_admin-title = Dod o hyd i gyfrifon a’u hanalluogi
accounts_admin-lead = Analluogwch gyfrif sydd wedi’i ddwyn neu a ddefnyddiwyd i aflonyddu ar eraill: caiff ei allgofnodi ar unwaith ac ni all fewngofnodi nes iddo gael ei alluogi eto. Mae ei bleidleisiau’n dal i gael eu cyfrif. Mae angen rheswm ar gyfer pob cam, a gedwir yn y log archwilio.
accounts_admin-search = Enw neu gyfeiriad e-bost
accounts_admin-search_hint = Mae rhan o’r naill neu’r llall yn ddigon, mewn llythrennau bach neu fawr
accounts_admin-find = Dod o hyd i gyfrifon
accounts_admin-found = { $n } wedi’u canfod ar gyfer “{ $searched }”
accounts_admin-more = Dim ond y 50 cyntaf a restrir: teipiwch fwy o’r enw neu’r cyfeiriad.
accounts_admin-is_disabled = Wedi’i analluogi
accounts_admin-that_account = Y cyfrif hwnnw
accounts_admin-back = Yn ôl i ddod o hyd i gyfrifon
accounts_admin-email = Cyfeiriad e-bost
accounts_admin-unconfirmed = (heb ei gadarnhau eto)
accounts_admin-since = Wedi’i greu
accounts_admin-roles = Rolau
accounts_admin-no_roles = Dim
accounts_admin-state = Cyflwr
accounts_admin-active = Gweithredol
accounts_admin-disabled_since = Wedi’i analluogi ar { $when }: { $reason }
accounts_admin-reason = Rheswm
accounts_admin-disable_hint = Pam mae’n cael ei analluogi. Caiff ei gadw yn y log archwilio a’i ddangos i weinyddwyr eraill, byth i berchennog y cyfrif.
accounts_admin-enable_hint = Pam y gellir ei ddefnyddio eto. Caiff ei gadw yn y log archwilio.
accounts_admin-disable = Analluogi’r cyfrif
accounts_admin-enable = Galluogi’r cyfrif
accounts_admin-why_disable = Dywedwch pam mae’r cyfrif yn cael ei analluogi
accounts_admin-why_enable = Dywedwch pam mae’r cyfrif yn cael ei alluogi eto
accounts_admin-reason_long = Rhaid i’r rheswm fod yn { $n } nod neu lai
accounts_admin-disabled = Mae’r cyfrif wedi’i analluogi a’i allgofnodi ym mhobman.
accounts_admin-enabled = Mae’r cyfrif wedi’i alluogi: gall ei berchennog fewngofnodi eto.
accounts_admin-already_disabled = Mae’r cyfrif hwnnw wedi’i analluogi eisoes.
accounts_admin-already_enabled = Mae’r cyfrif hwnnw wedi’i alluogi eisoes.
accounts_admin-own = Ni allwch analluogi eich cyfrif eich hun: gofynnwch i weinyddwr arall.

# Administrators read the audit log
audit-title = Log archwilio
audit-lead = Pob cam sy’n newid rhywbeth, gyda phwy a’i cymerodd a phryd, y diweddaraf yn gyntaf. Ni chaiff cofnodion eu newid na’u dileu byth.
audit-filter_who = Pwy weithredodd (eu cyfeiriad e-bost)
audit-filter_what = Beth a wnaed
audit-filter_round = Pa gylch
audit-any = Unrhyw un
audit-since = O (diwrnod)
audit-until = I (diwrnod)
audit-day_hint = Er enghraifft, 2026-12-06
audit-search = Chwilio’r log
audit-total = { $n } o gofnodion wedi’u canfod.
audit-caption = Cofnodion y log archwilio, y diweddaraf yn gyntaf
audit-when = Pryd
audit-who = Pwy
audit-what = Beth
audit-subject = I beth
audit-detail = Manylion
audit-the_service = Y gwasanaeth (amserlen neu orchymyn)
audit-no_such_account = Nid oes gan unrhyw gyfrif y cyfeiriad e-bost hwnnw
audit-day_unreadable = Rhowch y diwrnod fel blwyddyn-mis-diwrnod, er enghraifft 2026-12-06

# Closing voting, asked again
close-title = Cau’r bleidlais yn { $round }?
close-back = Yn ôl i gynigion y cylch
# Welsh counts in six forms (CLDR): dim, un, dwy, tair, chwe (which mutates), and the rest with "o".
close-ballots_so_far =
    { $n ->
        [zero] Does dim pleidlais wedi’i bwrw hyd yma.
        [one] Mae 1 bleidlais wedi’i bwrw hyd yma.
        [two] Mae 2 bleidlais wedi’u bwrw hyd yma.
        [few] Mae { $n } pleidlais wedi’u bwrw hyd yma.
        [many] Mae { $n } phleidlais wedi’u bwrw hyd yma.
       *[other] Mae { $n } o bleidleisiau wedi’u bwrw hyd yma.
    }
close-nobody_votes_after = Ni all neb bleidleisio ar ôl hyn, ar-lein nac ar bapur, ac ni all neb newid ei bleidlais.
close-counted_and_shown = Caiff y pleidleisiau eu cyfrif yn ôl rheolau’r cylch ac mae tudalen y canlyniadau’n agor i bawb, gyda’r cyfriflyfr o dderbynebau.
close-paper_first = Rhaid i ail swyddog fod wedi gwirio pob swp o bleidleisiau papur yn gyntaf.
close-cannot_be_undone = Ni ellir dadwneud hyn.
close-close_now = Cau’r bleidlais nawr
close-not_now = Na, mynd yn ôl heb gau
close-not_open = Nid yw’r bleidlais ar agor yn y cylch hwn, felly nid oes dim i’w gau.
close-confirm_first = Ni ellir dadwneud cau’r bleidlais: cadarnhewch hynny ar y dudalen sy’n dweud beth fydd yn digwydd.
audit-no_such_action = Dewiswch beth a wnaed o’r rhestr
audit-no_such_round = Dewiswch gylch o’r rhestr
ledger-lead = { $n } o bleidleisiau, pob un wrth ei dderbynneb yn unig. Mae pleidlais a ddiddymwyd gan ddau swyddog yn aros ar y rhestr gyda’r rheswm ac nid yw’n cael ei chyfrif. Gall unrhyw un ailgyfrif o’r rhestr hon.
ledger-voided = Wedi’i diddymu, heb ei chyfrif:
ledger-found_voided = Cafodd pleidlais { $receipt } ei diddymu gan ddau swyddog ac nid yw’n cael ei chyfrif. Eu rheswm: { $reason }
ballot-problem-voided = Diddymodd dau o swyddogion y cyngor y bleidlais hon, ac ni ellir ei bwrw eto. Gofynnwch i swyddog cyllideb gymunedol y cyngor pam
paper-code_voided = Cafodd y bleidlais a fwriwyd gyda’r cod hwn ei diddymu gan ddau swyddog, na wnaethant ganiatáu iddo bleidleisio eto. Rhowch y papur o’r neilltu a gofynnwch i swyddog arall
review-void_heading = Diddymu pleidlais
review-void_link = Diddymu pleidlais, neu gadarnhau diddymiad swyddog arall
voids-title = Diddymu pleidlais: { $round }
voids-lead = Caiff pleidlais ei diddymu pan na ddylai fod wedi cael ei chyfrif erioed, er enghraifft am fod ei chod llythyr wedi’i adrodd wedi’i ddwyn cyn ei ddefnyddio. Mae un swyddog yn ei gynnig gyda rheswm, ac mae swyddog arall yn ei gadarnhau. Mae’r bleidlais a ddiddymwyd yn aros yn y cyfriflyfr cyhoeddus, wedi’i marcio â’ch rheswm, ac yn cael ei gadael allan o bob cyfrif.
voids-wrong_phase = Dim ond tra bo’r bleidlais ar agor neu’n cael ei chyfrif y gellir diddymu pleidleisiau, cyn i’r penderfyniad gael ei gyhoeddi
voids-waiting_heading = Yn aros am ail swyddog
voids-decided_heading = Wedi’u penderfynu
voids-propose_heading = Cynnig diddymu pleidlais
voids-receipt_label = Derbynneb y bleidlais
voids-receipt_hint = 8 llythyren a rhif, fel K7QM-2XPA. Dewch o hyd iddi yn y cyfriflyfr neu ar slip y pleidleisiwr
voids-reason_label = Pam y dylid ei diddymu?
voids-reason_hint = Caiff hyn ei gyhoeddi yn y cyfriflyfr ac yn hanes y rownd. Peidiwch ag enwi neb
voids-revote-legend = Ar ôl ei diddymu, a gaiff yr un cod llythyr neu gyfrif bleidleisio eto?
voids-revote-no = Na: ni chaiff bleidleisio eto yn y rownd hon
voids-revote-yes = Caiff: caiff bleidleisio eto (er enghraifft, pleidlais a gofnodwyd trwy gamgymeriad)
voids-revote-no_short = Ni chaiff bleidleisio eto
voids-revote-yes_short = Caiff bleidleisio eto
voids-propose = Cynnig ei diddymu
voids-confirm = Cadarnhau: ei diddymu
voids-refuse = Gwrthod
voids-withdraw = Tynnu’n ôl
voids-ballot_hidden = pleidlais { $receipt }
voids-reason = Rheswm
voids-who = Swyddogion
voids-step = Penderfyniad
voids-proposed_by = Cynigiwyd gan { $who }, { $date }
voids-outcome-confirmed = Cadarnhawyd gan { $who }, { $date }
voids-outcome-refused = Gwrthodwyd gan { $who }, { $date }
voids-outcome-withdrawn = Tynnwyd yn ôl gan { $who }, { $date }
voids-reason_empty = Rhowch y rheswm pam y dylid diddymu’r bleidlais
voids-reason_long = Rhaid i’r rheswm fod yn 300 nod neu lai
voids-reason_hidden = Mae nodau cudd yn y rheswm. Teipiwch ef eto
voids-receipt_form = Rhowch y dderbynneb fel 8 llythyren a rhif, fel K7QM-2XPA
voids-no_such_receipt = Nid oes pleidlais { $receipt } yn y rownd hon. Gwiriwch hi yn erbyn y cyfriflyfr
voids-already_voided = Mae pleidlais { $receipt } eisoes wedi’i diddymu
voids-already_waiting = Mae diddymiad pleidlais { $receipt } eisoes yn aros am ail swyddog. Cadarnhewch neu gwrthodwch hwnnw
voids-proposed = Cynigiwyd diddymu pleidlais { $receipt }. Rhaid i swyddog arall yn y gymdogaeth ei gadarnhau nawr
voids-that_void = Y diddymiad hwnnw
voids-already_decided = Penderfynodd swyddog arall ar hyn eiliad yn ôl. Ail-lwythwch y dudalen i weld beth a benderfynwyd
voids-own_proposal = Chi a gynigiodd hyn, felly rhaid i swyddog arall ei gadarnhau
voids-confirmed = Mae pleidlais { $receipt } wedi’i diddymu. Nid yw’n cael ei chyfrif mwyach, ac mae’r cyfriflyfr yn ei dangos gyda’r rheswm
voids-declined-withdrawn = Mae eich cynnig i ddiddymu’r bleidlais wedi’i dynnu’n ôl
voids-declined-refused = Gwrthodwyd y cynnig i ddiddymu’r bleidlais: mae’r bleidlais yn dal i gael ei chyfrif
round_history-void-proposed = Cynigiodd swyddog ddiddymu pleidlais { $receipt }.
round_history-void-withdrawn = Tynnwyd y cynnig i ddiddymu pleidlais { $receipt } yn ôl.
round_history-void-refused = Gwrthododd ail swyddog ddiddymu pleidlais { $receipt }.
round_history-ballot-voided = Diddymwyd pleidlais { $receipt } gan ddau swyddog: { $reason }
draft-already_published = Mae penderfyniad y rownd hon eisoes wedi’i gyhoeddi, ac ni chaiff penderfyniad a gyhoeddwyd fyth ei newid. I’w gywiro, cyhoeddwch ddiwygiad sy’n dweud pam
draft-amended_meanwhile = Cyhoeddwyd diwygiad arall tra oeddech yn drafftio. Ail-lwythwch y dudalen i ddechrau o’r penderfyniad diweddaraf
preview-title = Rhagolwg cyn cyhoeddi: { $round }
preview-back_to_draft = Yn ôl i’r drafft
preview-not_published = Drafft, heb ei gyhoeddi.
preview-banner = Dyma dudalen y penderfyniad yn union fel y bydd trigolion yn ei gweld ar ôl ei chyhoeddi. Ni all neb arall ei gweld eto.
preview-hash_when_published = caiff ei gyfrifo pan gaiff ei gyhoeddi
preview-publish_heading = Cyhoeddi’r penderfyniad
preview-publish_amendment_heading = Cyhoeddi’r diwygiad
preview-cannot_change = Ar ôl ei gyhoeddi, mae’r penderfyniad ar y cofnod cyhoeddus am byth. Ni ellir ei newid, dim ond ei ddiwygio gan benderfyniad diweddarach sy’n dweud pam. Caiff pawb sy’n dilyn cynigion y rownd e-bost.
preview-publish_now = Cyhoeddi’r penderfyniad nawr
preview-publish_amendment_now = Cyhoeddi’r diwygiad nawr
preview-officer_note = Dim ond y cynghorwyr sy’n cyhoeddi’r penderfyniad. Byddant yn gweld y drafft hwn pan fyddant yn ei agor.
preview-change = Mynd yn ôl a newid y drafft
preview-no_draft = Nid oes drafft wedi’i gadw i’w ragweld. Cadwch y drafft yn gyntaf
preview-has_problems = Nid yw’r drafft yn bodloni pob rheol eto. Ewch yn ôl i’r drafft i weld beth i’w gywiro
preview-draft_changed = Newidiodd y drafft ar ôl i chi ei ragweld, efallai gan gynghorydd arall. Edrychwch ar y rhagolwg eto cyn cyhoeddi
review-draft_heading = Y penderfyniad
review-draft_link = Paratoi drafft y penderfyniad i’r cynghorwyr
review-reopen_heading = Ymestyn neu ailagor
review-reopen_link-review = Ailagor cynigion, gydag ail swyddog
review-reopen_link-voting_open = Ymestyn y bleidlais, gydag ail swyddog
review-reopen_link-counting = Ailagor y bleidlais, gydag ail swyddog
reopen-title = Ymestyn neu ailagor: { $round }
reopen-lead = Pan fo camgymeriad neu doriad i’r wefan yn golygu na allai trigolion gymryd rhan, gall dau swyddog ei gywiro: mae un yn cynnig amser cau newydd gyda rheswm cyhoeddus, ac mae swyddog arall yn ei gadarnhau. Mae hanes cyhoeddus y rownd yn dangos y cam a’r rheswm.
reopen-wrong_phase = Gellir ailagor cynigion tra eu bod yn cael eu gwirio, ac ymestyn y bleidlais tra ei bod ar agor neu ei hailagor tra ei bod yn cael ei chyfrif. Nid yw’r rownd hon yn yr un o’r camau hynny
reopen-what = Cam
reopen-kind-extend-voting = Ymestyn y bleidlais tan { $moment }
reopen-kind-reopen-voting = Ailagor y bleidlais tan { $moment }
reopen-kind-reopen-proposals = Ailagor cynigion tan { $moment }
reopen-heading-extend-voting = Cynnig ymestyn y bleidlais
reopen-heading-reopen-voting = Cynnig ailagor y bleidlais
reopen-heading-reopen-proposals = Cynnig ailagor cynigion
reopen-explain-extend-voting = Mae’r bleidlais yn aros ar agor tan yr amser cau newydd. Mae’r pleidleisiau a fwriwyd eisoes yn sefyll.
reopen-explain-reopen-voting = Mae’r bleidlais yn agor eto tan yr amser cau newydd, a chaiff y cyfrif ei wneud eto pan fydd yn cau. Mae’r pleidleisiau a fwriwyd eisoes yn sefyll, a gall trigolion newid eu rhai nhw o hyd.
reopen-explain-reopen-proposals = Gall trigolion a grwpiau anfon cynigion eto tan yr amser newydd, pan fydd y gwirio’n dechrau eto.
reopen-closes_label-extend-voting = Amser cau newydd y bleidlais
reopen-closes_label-reopen-voting = Amser cau newydd y bleidlais
reopen-closes_label-reopen-proposals = Amser cau newydd cynigion
reopen-reason_label = Pam? (caiff ei gyhoeddi yn hanes y rownd)
reopen-reason_hint = Er enghraifft: nid oedd modd cyrraedd y wefan ar noson olaf y bleidlais
reopen-propose = Ei gynnig i ail swyddog
reopen-confirm = Cadarnhau
reopen-reason_empty = Rhowch y rheswm pam y dylid ymestyn neu ailagor y rownd
reopen-time_unreadable = Rhowch yr amser cau newydd fel dyddiad ac amser, fel 14/05/2027 21:00
reopen-not_later = Rhaid i’r amser cau newydd fod yn y dyfodol, ac yn hwyrach na’r amser cau presennol
reopen-no_timetable = Nid oes amserlen gan y rownd hon: mae’n symud ymlaen pan fydd swyddog yn ei symud, felly nid oes amser cau i’w ymestyn nac i ailagor cynigion tan hynny. Caewch y bleidlais pan ddylai gau
reopen-already_waiting = Mae cynnig swyddog arall i ymestyn neu ailagor y rownd hon yn aros. Cadarnhewch neu gwrthodwch hwnnw yn gyntaf
reopen-time_passed = Mae’r amser cau a gynigiwyd eisoes wedi mynd heibio. Gwrthodwch y cynnig hwn a chynigiwch amser newydd
reopen-proposed-extend-voting = Cynigiwyd ymestyn. Rhaid i swyddog arall yn y gymdogaeth ei gadarnhau nawr
reopen-proposed-reopen-voting = Cynigiwyd ailagor. Rhaid i swyddog arall yn y gymdogaeth ei gadarnhau nawr
reopen-proposed-reopen-proposals = Cynigiwyd ailagor. Rhaid i swyddog arall yn y gymdogaeth ei gadarnhau nawr
reopen-confirmed-extend-voting = Mae’r bleidlais wedi’i hymestyn i’r amser cau newydd
reopen-confirmed-reopen-voting = Mae’r bleidlais ar agor eto tan yr amser cau newydd
reopen-confirmed-reopen-proposals = Mae cynigion ar agor eto tan yr amser cau newydd
reopen-declined-withdrawn = Mae eich cynnig wedi’i dynnu’n ôl
reopen-declined-refused = Gwrthodwyd y cynnig: nid oes dim yn newid
round_history-extend-voting = Ymestynnwyd y bleidlais gan ddau swyddog tan { $moment }: { $reason }
round_history-reopen-voting = Ailagorwyd y bleidlais gan ddau swyddog tan { $moment }: { $reason }
round_history-reopen-proposals = Ailagorwyd cynigion gan ddau swyddog tan { $moment }: { $reason }
round_history-extend-voting-proposed = Cynigiodd swyddog ymestyn y bleidlais.
round_history-reopen-voting-proposed = Cynigiodd swyddog ailagor y bleidlais.
round_history-reopen-proposals-proposed = Cynigiodd swyddog ailagor cynigion.
round_history-extend-voting-withdrawn = Tynnwyd y cynnig i ymestyn y bleidlais yn ôl.
round_history-reopen-voting-withdrawn = Tynnwyd y cynnig i ailagor y bleidlais yn ôl.
round_history-reopen-proposals-withdrawn = Tynnwyd y cynnig i ailagor cynigion yn ôl.
round_history-extend-voting-refused = Gwrthododd ail swyddog ymestyn y bleidlais.
round_history-reopen-voting-refused = Gwrthododd ail swyddog ailagor y bleidlais.
round_history-reopen-proposals-refused = Gwrthododd ail swyddog ailagor cynigion.
round-counted-greedy = Sut mae’r pleidleisiau’n cael eu cyfrif: y mwyaf o bleidleisiau yn gyntaf. Caiff y cynigion â’r mwyaf o bleidleisiau eu hariannu yn eu tro tra bo’r arian yn para; caiff un nad yw’n ffitio mwyach ei hepgor am yr un nesaf sy’n ffitio.
round-counted-equal-shares = Sut mae’r pleidleisiau’n cael eu cyfrif: cyfrannau cyfartal. Mae gan bob pleidleisiwr gyfran gyfartal o’r gronfa i’w gwario ar y cynigion a ddewiswyd ganddynt, felly mae pob grŵp o drigolion yn cael rhan deg o’r arian, nid y mwyaf yn unig; yna caiff unrhyw arian sy’n weddill ei wario ar y cynigion â’r mwyaf o bleidleisiau sy’n ffitio.
round_history-pot-changed = Newidiwyd y gronfa gan { $who }: { $detail }.
round_history-paper-verified = Gwiriodd ail swyddog swp o { $n } o bapurau pleidleisio yn erbyn y papur.
round_history-ballot-rules = Gosodwyd rheolau’r papur pleidleisio gan { $who }: { $rule }.
unverify-heading = Dad-wirio preswylydd
unverify-lead = Pan fo preswylydd wedi symud i ffwrdd, neu wedi’i wirio trwy gamgymeriad, ni allant bleidleisio na chynnig yma o hyn ymlaen. Dim ond pan fydd ail swyddog yn ei gadarnhau ar dudalen diddymu’r rownd y caiff pleidlais a fwriwyd ganddynt eisoes ei diddymu.
unverify-reason_label = Pam? (caiff ei gadw yn y log archwilio)
unverify-reason_hint = Er enghraifft: symudodd i Barnstaple ym mis Mawrth; wedi’i wirio gyda’r cod post anghywir
unverify-void_legend = A wnaethant bleidleisio mewn rownd sydd ar agor neu’n cael ei chyfrif?
unverify-void_yes = Do, neu ddim yn siŵr: cynnig diddymu eu pleidlais, i ail swyddog ei gadarnhau
unverify-void_no = Naddo: gadael unrhyw bleidlais a fwriwyd ganddynt fel y mae
unverify-button = Dad-wirio’r preswylydd hwn
unverify-reason_empty = Rhowch y rheswm pam y caiff y preswylydd ei ddad-wirio
unverify-not_resident = Nid yw’r cyfrif hwnnw’n breswylydd wedi’i wirio yn { $place }
unverify-done = Nid yw { $name } yn breswylydd wedi’i wirio yn { $place } mwyach
unverify-done_with_voids = Nid yw { $name } yn breswylydd wedi’i wirio yn { $place } mwyach. Cynigiwyd diddymu eu pleidlais mewn { $n } rownd: rhaid i ail swyddog ei gadarnhau ar dudalen diddymu’r rownd
receipt-voided = Cafodd y bleidlais hon ei diddymu gan ddau o swyddogion y cyngor ac nid yw’n cael ei chyfrif. Eu rheswm: { $reason }
voids-unverified_ballot = Pleidlais preswylydd nad yw wedi’i wirio mwyach
voids-confirmed_unverified = Mae pleidlais y preswylydd a ddad-wiriwyd wedi’i diddymu. Nid yw’n cael ei chyfrif mwyach
unverify-public_reason = Canfuwyd nad oedd y pleidleisiwr yn breswylydd wedi’i wirio yn y gymdogaeth
reopen-too_far = Rhaid i’r amser cau newydd fod o fewn tri mis o nawr
reopen-too_soon = Rhaid i’r bleidlais a ailagorwyd aros ar agor am awr o leiaf: dewiswch amser cau hwyrach
reopen-after_voting_opens = Rhaid i gynigion gau cyn i’r bleidlais fod i agor. Symudwch yr amser y mae’r bleidlais yn agor yng ngosodiadau’r rownd yn gyntaf
round_history-codes-made = Gwnaeth swyddog { $n } o godau pleidleisio tra oedd y bleidlais ar agor; dim ond ar ôl i ail swyddog eu cymeradwyo y maen nhw’n gweithio.
round_history-codes-approved = Cymeradwyodd ail swyddog { $n } o godau pleidleisio a wnaed tra oedd y bleidlais ar agor.
round_history-code-cancelled = Canslodd dau swyddog god pleidleisio tra oedd y bleidlais ar agor.
draft-publish = Gwirio a rhagweld y penderfyniad
draft-publish_amendment = Gwirio a rhagweld y diwygiad

help-title = Help
help-lead = Commonpot yw lle mae trigolion yn cynnig sut i wario Cyllideb Gymunedol eu cymdogaeth ac yn pleidleisio arni. Mae tudalen help pob cymdogaeth yn dweud sut i bleidleisio, sut i gynnig, beth i'w wneud os colloch eich llythyr pleidleisio, a sut i gysylltu â thîm y cyngor sy'n ei rhedeg.
help-places = Help i'ch cymdogaeth
help-place_link = Help yn { $name }
help-access = Help gyda hygyrchedd
help-access_text = Gallwch ddefnyddio'r gwasanaeth hwn gyda darllenydd sgrin, bysellfwrdd yn unig, testun mawr neu heb JavaScript, ac yn Gymraeg neu'n Saesneg. Os na allwch bleidleisio ar-lein, gall tîm y cyngor gymryd eich pleidlais ar bapur mewn digwyddiad pleidleisio neu eich helpu wyneb yn wyneb.
help-feedback = Dywedwch wrthym beth rydych yn ei feddwl
help-feedback_text = Rhywbeth anodd ei ddefnyddio, rhywbeth ar goll, neu rywbeth a weithiodd yn dda: mae'r cyngor yn darllen pob neges.
help-feedback_link = Anfon adborth
help-contact = Cysylltu â thîm y cyngor
help-contact_none = Nid yw tîm y cyngor wedi rhoi ei fanylion cyswllt yma eto. Cysylltwch â { $council } a gofynnwch am dîm y Gyllideb Gymunedol.
help-email = E-bost
help-phone = Ffôn
help-in_person = Wyneb yn wyneb
help-place_title = Help yn { $name }
help-place_lead = I drigolion yr ardaloedd cod post { $areas }.
help-round_voting = Pleidleisiwch nawr yn { $round }
help-round_proposing = Cynigiwch syniad ar gyfer { $round }
help-change_contact = Newid y manylion cyswllt
help-read_feedback = Darllen negeseuon adborth
help-how_to_vote = Sut i bleidleisio
help-how_to_vote_text = Mae pob aelwyd yn y gymdogaeth yn cael llythyr gyda chod pleidleisio. Agorwch dudalen bleidleisio'r rownd, rhowch y cod a'ch cod post, dewiswch y cynigion rydych eu heisiau ac anfonwch eich pleidlais. Cewch god derbynneb: cadwch ef i wirio eich pleidlais yn y rhestr gyhoeddus ar ôl i'r bleidlais gau. Gallwch hefyd bleidleisio gyda chyfrif ar ôl dangos ble rydych yn byw, neu ar bapur mewn digwyddiad pleidleisio.
help-lost_letter = Wedi colli eich llythyr?
help-lost_letter_text = Os colloch eich llythyr pleidleisio, neu os aeth i'r cyfeiriad anghywir, cysylltwch â thîm y cyngor gyda'ch enw a'ch cyfeiriad. Byddant yn canslo'r hen god, fel na all neb arall ei ddefnyddio, ac yn rhoi un newydd i chi.
help-how_to_propose = Sut i gynnig syniad
help-how_to_propose_text = Pan fydd cynigion ar agor, crëwch gyfrif, cadarnhewch eich cyfeiriad e-bost a dangoswch eich bod yn byw yn y gymdogaeth (gyda'r cod o'ch llythyr). Yna disgrifiwch eich syniad a'i gost. Gall grŵp cymunedol gynnig yn ei enw ei hun unwaith y bydd y cyngor yn ei gydnabod. Mae swyddogion y cyngor yn gwirio pob cynnig cyn iddo fynd i'r bleidlais, ac yn dweud wrthych os oes angen newidiadau.
help-contact_title = Manylion cyswllt { $name }
help-back = Yn ôl i'r dudalen help
help-contact_form_lead = Mae trigolion yn gweld y rhain ar dudalen help y gymdogaeth. Gadewch linell yn wag i beidio â'i chynnig.
help-email_hint = Cyfeiriad tîm y mae rhywun yn ei ddarllen bob diwrnod gwaith, nid un personol.
help-phone_hint = Er enghraifft 01271 388 280
help-in_person_hint = Ble a phryd y gall trigolion ofyn am help wyneb yn wyneb, er enghraifft: Llyfrgell Ilfracombe, dydd Mawrth 10yb tan 12 hanner dydd.
help-in_person_cy = Wyneb yn wyneb, yn Gymraeg
help-save_contact = Cadw'r manylion cyswllt
help-contact_saved = Manylion cyswllt wedi'u cadw. Mae trigolion yn eu gweld ar y dudalen help nawr.
help-problem-too_long = Defnyddiwch { $most } nod neu lai
help-problem-email = Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com, neu gadewch ef yn wag
help-problem-phone = Rhowch rif ffôn gan ddefnyddio digidau, fel 01271 388 280, neu gadewch ef yn wag
help-problem-message = Rhowch eich neges
help-problem-neighbourhood = Dewiswch gymdogaeth o'r rhestr
help-feedback_sent = Diolch. Mae eich neges wedi'i hanfon at y cyngor.
help-feedback_sent_reply = Diolch. Mae eich neges wedi'i hanfon at y cyngor, a fydd yn ateb drwy e-bost.
help-answered_by = Wedi'i marcio wedi'i hateb gan { $name } ar { $when }
help-marked_answered = Neges wedi'i marcio wedi'i hateb.
help-already_answered = Mae rhywun eisoes wedi marcio'r neges honno wedi'i hateb.
help-that_message = Y neges adborth honno
help-feedback_title = Anfon adborth
help-feedback_lead = Dywedwch wrth y cyngor beth rydych yn ei feddwl o'r gwasanaeth hwn neu o Gyllideb Gymunedol eich cymdogaeth. Dim ond eich neges sydd ei hangen: rhowch eich enw a'ch cyfeiriad e-bost dim ond os ydych eisiau ateb.
help-feedback_about = Am beth mae hi?
help-feedback_about_service = Y gwasanaeth cyfan
help-feedback_message = Eich neges
help-feedback_message_hint = Peidiwch â chynnwys manylion personol, fel eich cyfeiriad, oni bai eich bod eisiau i ni eu defnyddio i'ch helpu.
help-feedback_name = Eich enw
help-optional = Dewisol
help-feedback_email = Eich cyfeiriad e-bost
help-feedback_email_hint = Dewisol. Dim ond os ydych eisiau ateb; nid ydym yn ei ddefnyddio i ddim byd arall.
help-feedback_send = Anfon neges
help-feedback_privacy = Sut rydym yn defnyddio'r hyn rydych yn ei anfon atom
help-messages_title = Negeseuon adborth
help-anonymous = Heb ei roi
help-mark_answered = Marcio wedi'i hateb
help-message_from = , y neges a anfonwyd { $when }
help-message_heading = { $about }, { $when }
help-from = Oddi wrth
help-language = Wedi'i hysgrifennu yn
help-waiting =
    { $n ->
        [zero] Does dim negeseuon yn aros am ateb.
        [one] Mae 1 neges yn aros am ateb.
        [two] Mae 2 neges yn aros am ateb.
        [few] Mae { $n } neges yn aros am ateb.
        [many] Mae { $n } neges yn aros am ateb.
       *[other] Mae { $n } o negeseuon yn aros am ateb.
    }
help-no_messages = Nid oes neb wedi anfon adborth eto.
account-your_votes = Eich pleidleisiau
account-no_votes = Nid ydych wedi pleidleisio gyda'r cyfrif hwn eto. Mae pleidlais a fwriwyd gyda chod eich llythyr yn cyfrif yma unwaith y byddwch wedi dangos ble rydych yn byw gyda'r cod hwnnw.
account-voted_in = { $round }, { $place }:
account-receipt = derbynneb { $receipt }
account-in_the_ledger = dewch o hyd iddi yn y rhestr gyhoeddus o bleidleisiau
account-voided = Wedi'i dileu gan y swyddogion
