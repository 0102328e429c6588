# English: the complete text, in Project Fluent. The code's key `ballot.send` is the id
# `ballot-send` here; `{ $name }` is filled in. A language file may leave messages out:
# English is shown for those.
language-name = English
language-tag = en-GB

site-skip = Skip to main content
site-tagline = Community Budgets: your area, your say
site-account = Your account
site-beta = Beta
site-beta_text = This is a new service.
site-beta_feedback = Your feedback will help the council improve it
site-help = Help
site-feedback = Feedback
site-footer = Commonpot is run for the neighbourhood Community Budgets. Decisions published here are the permanent public record.
site-language = Language

area-youth = Youth
area-community-safety = Community safety
area-health-and-wellbeing = Health and wellbeing
area-housing = Housing
area-environment = Environment and green spaces
area-employment-and-skills = Employment and skills
area-older-people-and-care = Older people and care
area-families-and-children = Families and children
area-transport = Transport

ballot-title = Vote: { $round }
ballot-empty = There is nothing on the ballot yet.
ballot-not_open = Voting has not opened yet. This page will show the ballot when it does.
ballot-closed = Voting has closed, so no more ballots can be accepted.
ballot-see_ledger = See every counted ballot in the ballot ledger
ballot-your_choices = Your choices
ballot-paper_choices = The choices marked on the paper
ballot-rules-within_pot = Choose the proposals you want funded. Together they can cost up to the pot of { $pot }.
ballot-rules-up_to = Choose up to { $k } proposals you want funded.
ballot-rules-points = Share out { $n } points among the proposals: more points for those you want most.
ballot-rules-at_least = Choose at least { $n }.
ballot-check = Check your choices
ballot-nothing_yet = You have not chosen anything yet.
ballot-points = { $n } points
ballot-total-within = { $chosen } of { $pot } chosen. { $left } left.
ballot-total-over = { $chosen } of { $pot } chosen: { $over } over the pot. Remove something.
ballot-total-points = { $given } of { $n } points given. { $left } left.
ballot-total-points_over = { $given } of { $n } points given: { $over } too many.
ballot-total-chosen = { $chosen } of { $k } chosen.
ballot-total-chosen_over = { $chosen } of { $k } chosen: { $over } too many.
ballot-code-heading = Your voting code
ballot-code-intro = Use the code on the letter sent to your home, and your postcode. You do not need an account.
ballot-problem-household_code = This round takes one ballot per household. Type the code from your household's letter and your postcode.
ballot-code-label = Voting code
ballot-code-hint = 12 letters and numbers, like K7QM-3XTB-9RHD
ballot-postcode = Your postcode
ballot-receipt-label = Receipt (only to change a vote)
ballot-receipt-hint = If you have voted with this code before, enter the receipt you were given; your new choices replace the old ones
ballot-paper_code = Voting code on the ballot paper
ballot-voted = You have voted already: your choices are marked below. Sending this ballot replaces your earlier one.
ballot-send = Send my vote
ballot-add_paper = Add this paper ballot
ballot-unsent = You have not sent your vote yet.

receipt-title = Your vote
receipt-in = Your vote is in
receipt-yours = Your receipt
receipt-keep = Write your receipt down or take a photo of it. Nobody can tell from it who you are.
receipt-ledger = When voting closes, every counted ballot is published by its receipt in the ballot ledger, so you can check yours is there and anyone can recount.
receipt-change = You can change your vote until voting closes. If you voted with the code on your letter, you will need the code and this receipt.
receipt-email-heading = Email me this receipt
receipt-email-label = Email address
receipt-email-hint = Optional. We send the receipt once and do not keep your address with your vote
receipt-email-send = Email my receipt
receipt-change_link = Change your vote
receipt-back = Back to the round

propose-title = Send a proposal
propose-sender = Whose name should it be sent in?
propose-sent_as = It will be sent in the name of: { $who }
propose-send = Send proposal
propose-to_account = Go to your account
propose-edit-title = Change your proposal
propose-edit-cannot = This proposal cannot be changed.
propose-edit-back = Back to the proposal
propose-edit-asked = What the officer asked you to change
propose-edit-save = Save changes
propose-pot = This round's pot is { $pot }. A proposal can ask for any amount up to that.
propose-field-title = Title
propose-field-title_hint = A few words, like “Benches on the Capstone path”
propose-field-summary = Summary in one line
propose-field-summary_hint = What it would do, for whom. This shows in lists and on the ballot
propose-field-body = Your proposal in full
propose-field-body_hint = What you want to do, who it helps, where and how. Leave a blank line between paragraphs
propose-field-cost = How much will it cost?
propose-field-cost_hint = In pounds, for example £2,500
propose-field-area = Priority area
propose-field-agency = Which agency’s service does it touch? (optional)
propose-field-agency_none = None in particular
propose-field-location = Where in the neighbourhood? (optional)
propose-field-location_hint = A street, park or building, if it is in one place
propose-choose = Choose…

status-submitted = Waiting for review
status-needs_changes = Changes requested
status-feasible = On the ballot
status-ineligible = Not eligible
status-withdrawn = Withdrawn
status-hidden = Removed by moderators

proposal-status = Status
proposal-reason-needs_changes = What the officer asked to change
proposal-reason-ineligible = Why it is not eligible
proposal-reason-hidden = Why it was removed
proposal-reason-other = Officer’s note
proposal-cost = Cost
proposal-cost_note = Why the cost changed
proposal-area = Priority area
proposal-by = Proposed by
proposal-agency = Service it touches
proposal-where = Where
proposal-in_full = The proposal in full
proposal-decision = The decision
proposal-funded = Funded: { $amount }.
proposal-not_funded = Not funded.
proposal-read_decision = Read the decision and the reasons
proposal-delivery = Delivery
proposal-no_updates = No delivery updates yet.
proposal-spent = Spent so far: { $amount }
proposal-follow = Follow this proposal by email
proposal-unfollow = Stop following this proposal
proposal-history = History
proposal-version = This is version { $version } of the proposal.

phase-draft = Being set up
phase-proposals_open = Proposals open
phase-review = Proposals being checked
phase-voting_open = Voting open
phase-counting = Counting the votes
phase-decision_published = Decision published
phase-delivery = Projects being delivered
phase-closed = Closed
phase-draft-now = Nothing yet: the council is setting this round up.
phase-proposals_open-now = Suggest how to spend the money: any resident or community group can send a proposal.
phase-review-now = Council officers are checking each proposal is possible and correctly costed. Proposers can improve theirs if asked.
phase-voting_open-now = Vote for the proposals you want funded. It takes a couple of minutes.
phase-counting-now = Voting has closed. The votes are being counted.
phase-decision_published-now = Read what the councillors decided to fund, and why.
phase-delivery-now = Follow how the funded projects are getting on.
phase-closed-now = This round is finished. Everything decided stays on the public record.

timeline-done = Finished
timeline-now = Now
timeline-coming = Coming up
timeline-from = from { $date }

home-title = Community Budgets
home-heading = Decide how your neighbourhood's money is spent
home-lead = The council, the NHS, the police and fire and rescue have put money into one pot for each neighbourhood below. Residents propose how to spend it and vote.
home-neighbourhoods = Neighbourhoods
home-pot = { $amount } pot

place-all = All neighbourhoods
place-rounds = Budget rounds
place-round = Round
place-phase = Phase
place-pot = Pot
place-who = Who can take part
place-postcodes = Residents of these postcode areas:

round-now = What you can do now
round-propose = Send a proposal
round-vote = Vote now
round-officers = Officers: review proposals and move the round on
round-pot = The pot: { $amount }
round-per-resident = One ballot per resident: everyone who proves they live here can vote, with the code on their letter or with their account.
round-per-household = One ballot per household: each household votes once, with the code on its letter.
round-results = See the votes and how each way of counting would spend the pot
round-ledger = The ballot ledger: every counted ballot by its receipt
round-councillors = Councillors: draft and publish the budget decision
round-timeline = Timeline
round-proposals = Proposals
round-shortlist = The shortlist
round-shortlist_count =
    { $n ->
        [0] No proposal has been checked as feasible yet.
        [one] 1 proposal checked by officers and on the ballot:
       *[other] { $n } proposals checked by officers and on the ballot:
    }
round-decision = The decision
round-published = Published on { $date }.
round-full_decision = The full decision: reasons, who pays, and its history
round-progress = Delivery: { $delivered } of { $funded } funded proposals delivered, { $under_way } in progress.
round-funded_caption = Funded proposals
round-proposal = Proposal
round-funded = Funded
round-delivery = Delivery
round-no_update = No update yet
round-total_funded = Total funded

pot-caption = Who contributed to the pot
pot-agency = Agency
pot-amount = Amount
pot-share = Share
pot-total = Total pot

signin-title = Sign in
signin-email = Email address
signin-password = Password
signin-button = Sign in
signin-none_yet = No account yet?
signin-create = Create an account
signup-title = Create an account
signup-lead = With an account you can propose projects and, once you have shown you live in the neighbourhood, vote.
signup-name = Your name
signup-name_hint = Shown beside proposals you make
signup-password = Create a password
signup-password_hint = At least 12 characters. A few random words are easy to remember and hard to guess
signup-button = Create account
signup-have_one = Already have an account?

delivery-planned = Planned
delivery-in_progress = In progress
delivery-delivered = Delivered
delivery-cancelled = Cancelled

results-funded = Funded
results-not_funded = Not funded
results-agree = Nothing: both rules agree.
results-title = Results – { $round }
results-heading = Results: { $round }
results-lead = { $ballots } residents voted for how to spend a pot of { $pot }.
results-two_ways = Two ways to count the same votes
results-greedy = Most votes first
results-greedy_text = Proposals are funded in order of their votes. One that no longer fits in what is left is skipped, and the count goes on down the list. This is what most councils do.
results-equal = Equal shares
results-equal_text = Every voter gets an equal share of the pot, and a proposal is funded when its supporters can pay for it together from their shares. A group that is a third of the voters can decide about a third of the money, so a large group cannot take everything. Money left at the end goes to the most voted proposals that still fit.
results-it_funds = It funds { $amount }.
results-chart = Votes per proposal (dark bars: funded under most votes first)
results-caption = Votes and what each rule funds
results-proposal = Proposal
results-cost = Cost
results-votes = Votes
results-only_greedy = Funded only under most votes first
results-only_equal = Funded only under equal shares

ledger-title = Ballot ledger: { $round }
ledger-heading = Ballot ledger
ledger-lead = { $n } ballots, each by its receipt only. A ballot voided by two officers stays listed with the reason and is not counted. Anyone can recount from this list.
ledger-find = Find your receipt
ledger-find_button = Find
ledger-receipt = Receipt
ledger-choices = Choices
ledger-not_found = No counted ballot has the receipt { $receipt }.
ledger-found = Your ballot { $receipt } was counted.

ballot-problem-empty = Choose at least one proposal
ballot-problem-too_few = Choose at least { $min } proposals (you have chosen { $chosen })
ballot-problem-over_pot = Your choices cost { $cost }, which is more than the pot of { $pot }. Remove something to bring the total within the pot
ballot-problem-too_many = Choose no more than { $max } proposals (you have chosen { $chosen })
ballot-problem-too_many_points = You have given { $used } points, but only have { $points } to give
ballot-problem-not_on_ballot = One of your choices is not on this ballot. Reload the ballot and choose again
ballot-problem-duplicate = A proposal was chosen twice. Reload the ballot and choose again
ballot-problem-whole_points = Enter points as whole numbers, like 3
ballot-problem-receipt_form = Enter the receipt as it was shown, like K7QM-3XTB
ballot-problem-unknown_code = That is not one of { $place }'s voting codes. Check it against your letter
ballot-problem-needs_receipt = This code has already been used to vote. To change that vote, enter the receipt it gave you
ballot-problem-wrong_receipt = That receipt does not match this code's vote. Check it and try again
ballot-problem-on_paper = This household voted on paper at a community event, and that ballot stands as entered. Ask the council's community budget officer if it needs correcting
ballot-refused-not_open = Voting has not opened yet. Come back when the round moves on to voting
ballot-refused-closed = Voting has closed, so no more ballots can be accepted. Your ballot was not counted
receipt-counted = Your vote has been counted
receipt-changed = Your vote has been changed. Only your latest ballot counts

error-prefix = Error:
error-check_form = Check the form
error-forged = This form has expired or was sent from another website. Go back, reload the page and try again
error-sign_in = You need to sign in to do that
error-forbidden = You do not have permission to do that
error-busy = Commonpot is very busy this moment. Try again in a minute: nothing you typed has been lost
error-title-busy = Very busy
error-rate_limited = Too many attempts. Wait a few minutes and try again
error-internal = Something went wrong on our side. Please try again later
error-not_found = { $what } could not be found
error-request = The request could not be understood: { $why }
error-not_found_page = { $what } could not be found. If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.
error-the_page = The page
error-page-sign_in = Sign in
error-page-or = or
error-page-create = create an account
error-page-home = Go to the list of neighbourhoods
error-title-problem = There is a problem
error-title-forged = The form could not be accepted
error-title-sign_in = Sign in
error-title-forbidden = You cannot do that
error-title-not_yet = Not available yet
error-title-not_found = Page not found
error-title-conflict = That has changed
error-title-rate_limited = Too many attempts
error-title-internal = Sorry, there is a problem with the service
ballot-error = Error:

decision-title = Budget decision: { $round }
decision-published = Published
decision-published_by = { $date } by { $who }
decision-amended_because = Amended because
decision-hash = Content hash (SHA-256)
decision-pot = Pot
decision-pot_funded = { $pot }, of which { $funded } is funded
decision-the_vote = The vote
decision-ballots_rule = { $n } ballots, counted by { $rule }
decision-printable = Printable version for a noticeboard
decision-draft_amendment = Draft an amendment
decision-by_proposal = Proposal by proposal
decision-who_pays = Who pays
decision-chart_agency = Money given, by agency (£)
decision-by_area = By priority area
decision-area = Priority area
decision-funded = Funded
decision-not_funded = Not funded
decision-chart_area = Money given, by priority area (£)
decision-history = History of this decision
decision-open_data = Open data
decision-data-decision = The decision (CSV)
decision-data-results = The results (CSV)
decision-data-proposals = The proposals (CSV)
decision-data-delivery = Delivery updates (CSV)
decision-data-ledger = The ballot ledger (pabulib .pb)
decision-asked_for = { $area } · asked for { $cost }
decision-proposal = Proposal
decision-votes = Votes
decision-the_count = The count
decision-the_decision = The decision
decision-paid_by = Paid by
decision-why = Why it differs
decision-delivery = Delivery
decision-agency = Agency
decision-put_in = Put in
decision-given_to = Given to proposals
decision-given = Given
decision-fence = Ring-fence
decision-no_fence = None
decision-v-first_in_force = Published (in force)
decision-v-first = First published
decision-v-amendment_in_force = Amendment { $k } (in force)
decision-v-amendment = Amendment { $k }
decision-v-by = by { $who }
decision-v-why = Why: { $reason }
decision-v-hash = Content hash:
departure-added = Funded, though the count did not fund it
departure-dropped = Not funded, though the count funded it
departure-partial = Part-funded: less than it asked for

browser-cost = Cost
browser-area = Priority area
browser-status = Status
browser-none = No proposals yet.
browser-all = Showing all { $all } proposals.
browser-none_here = No proposals in this priority area (of { $all }).
browser-one = Showing 1 proposal of { $all }.
browser-some = Showing { $shown } proposals of { $all }.
browser-show_for = Show proposals for
browser-all_areas = All priority areas
browser-show = Show proposals

account-12_letters_and_numbers = 12 letters and numbers, for example K7QM-3XTB-9RHD
account-your_account = Your account
account-neighbourhood = Neighbourhood
account-your_postcode = Your postcode
account-voting_code = Voting code
account-current_password = Current password
account-new_password = New password
account-at_least_12_characters = At least 12 characters
account-voting_codes = Voting codes
account-name = Name
account-email = Email
account-letters_in = Emails from us
account-letters_in_hint = Choose a language at the top of any page while signed in, and we will write to you in it from then on.
account-your_proposals = Your proposals
account-where_you_can_vote = Where you can vote
account-you_have_not_shown = You have not shown where you live yet.
account-your_roles = Your roles
account-your_community_groups = Your community groups
account-manage_roles = Manage roles
account-show_that_you_live = Show that you live in a neighbourhood
account-use_the_voting_code = Use the voting code the council posted to your home or gave you at a community event.
account-verify = Verify
account-change_your_password = Change your password
account-change_password = Change password
account-sign_out = Sign out
account-residency = ({ $postcode }, verified { $how })
account-role_for = for { $place }

mine-your_proposals = Your proposals
mine-your_account = Your account
mine-change_this_proposal = Change this proposal
mine-you_have_not_sent = You have not sent any proposals yet. Proposals are sent from a round’s page while it is open for proposals.

roles-role = Role
roles-neighbourhood = Neighbourhood
roles-manage_roles = Manage roles
roles-their_email_address = Their email address
roles-neighbourhood_not_needed_for = Neighbourhood (not needed for administrators)
roles-remove = Remove
roles-person = Person
roles-action = Action
roles-give_someone_a_role = Give someone a role
roles-give_role = Send the invitation
mine-sent_as = { $round } · sent as { $who }
roles-all = All
roles-remove_hidden = { $role } from { $who }
role-officer = Council officer
role-councillor = Councillor
role-admin = Administrator

codes-made = Made
codes-codes = Codes
codes-used = Used
codes-cancelled = Cancelled
codes-your_account = Your account
codes-how_many_codes = How many codes
codes-one_for_each_household = One for each household on the mailing, up to 5,000
codes-voting_code = Voting code
codes-for_example_a_letter = For example a letter that went to the wrong address
codes-their_account_s_email = Their account's email address
codes-postcode_on_their_proof = Postcode on their proof of address
codes-new_codes = New codes
codes-download_as_csv = Download as CSV
codes-batches = Batches
codes-no_codes_have_been = No codes have been made for this neighbourhood yet.
codes-batch = Batch
codes-make_a_batch_of = Make a batch of codes
codes-make_codes = Make codes
codes-cancel_a_code = Cancel a code
codes-cancel_code = Cancel code
codes-verify_a_resident_in = Verify a resident in person
codes-record_verification = Record verification
codes-title = Voting codes for { $place }

paper-typed_in_by = Typed in by
paper-ballots = Ballots
paper-check = Check
paper-proposals_to_review = Proposals to review
paper-where_and_when_were = Where and when were these ballots collected?
paper-for_example_fun_day = For example, Fun day at the Lantern, 14 March
paper-choices = Choices
paper-mistyped = Mistyped?
paper-all_paper_ballots = All paper ballots
paper-type_in_the_ballots = Type in the ballots collected at community events, one batch per event. Each ballot needs the code from the voter's letter, so nobody votes twice, on paper or online. Another officer then checks each batch against the paper; voting cannot close until every batch is checked.
paper-no_paper_ballots_have = No paper ballots have been typed in yet.
paper-batch = Batch
paper-start_a_batch = Start a batch
paper-start_the_batch = Start the batch
paper-take_out = Take out
paper-receipt = Receipt
paper-check_this_batch = Check this batch
paper-i_have_checked_them = I have checked them: verify this batch
paper-type_in_a_paper = Type in a paper ballot
paper-waiting = Waiting for a second officer
paper-title = Paper ballots: { $what }
paper-take_out_hidden = ballot { $receipt }
paper-unchecked = Typed in by { $who }. Not yet checked by a second officer.
paper-in_batch = Ballots in this batch: { $n }
paper-compare = Compare each of the { $n } ballots above with its paper form: the code, and every choice. Verify only when they all match.
paper-that_batch = That batch of paper ballots

review-sent_by = Sent by
review-cost = Cost
review-status = Status
review-how_many_proposals_each = How many proposals each person may choose (for “up to a number”)
review-how_many_points_each = How many points each person shares out (for points)
review-the_fewest_proposals_each = The fewest proposals each person must choose (optional)
review-stage = Stage:
review-open_each_proposal_to = Open each proposal to mark it feasible, ask for changes, or find it not eligible. Only feasible proposals go on the ballot.
review-no_proposals_have_been = No proposals have been sent to this round yet.
review-proposal = Proposal
review-paper_ballots = Paper ballots
review-type_in_or_check = Type in or check paper ballots from community events
review-move_the_round_on = Move the round on
review-ballot_rules = Ballot rules
review-these_rules_are_fixed = These rules are fixed when voting opens.
review-save_ballot_rules = Save ballot rules
review-every_verified_resident_has = Every verified resident has voted, so there is nobody to remind.
review-turnout_so_far = Turnout so far
review-ballots_by_the_day = Ballots by the day they were last sent
review-day = Day
review-ballots = Ballots
review-remind_residents_who_have = Remind residents who have not voted
review-open_for_proposals = Open for proposals
review-close_proposals_and_start = Close proposals and start the review
review-finish_the_review_and = Finish the review and open voting
review-close_voting = Close voting
review-move_on = Move on

draft-put_in = Put in
draft-ring_fence = Ring-fence
draft-amount_funded_0_for = Amount funded (0 for not funded)
draft-before_this_can_be = Before this can be published
draft-the_money = The money
draft-agency = Agency
draft-the_pot = The pot
draft-save_the_draft = Save the draft
draft-start_again = Start again
draft-published_decisions_are_never = Published decisions are never edited. A correction is published as an amendment that says why.
draft-public_reason_if_this = Public reason, if this differs from the count
review-title = Proposals to review: { $round }
review-next_stage = Next stage: { $phase }. { $what }
review-rule-within_pot = Choose proposals whose total cost fits the pot
review-rule-up_to = Choose up to a number of proposals
review-rule-points = Share out a number of points
review-how_will_people_vote = How will people vote?
review-reminder_sent = Reminder: { $sent }. Each round sends one.
review-not_voted =
    { $n ->
        [one] 1 verified resident has not voted yet. You can send them one email reminder; each round sends only one.
       *[other] { $n } verified residents have not voted yet. You can send them one email reminder; each round sends only one.
    }
review-send_reminder =
    { $n ->
        [one] Send a reminder to 1 resident
       *[other] Send a reminder to { $n } residents
    }
review-turnout =
    { $n ->
        [one] 1 ballot in. { $residents } residents have verified an account here; others vote with the code on their letter.
       *[other] { $n } ballots in. { $residents } residents have verified an account here; others vote with the code on their letter.
    }
review-moved = { $round } is now at the stage: { $phase }
draft-title-amend = Amend the decision: { $round }
draft-title-draft = Draft the decision: { $round }
draft-why_amended = Why the decision is being amended
draft-why_amended_hint = This is published with the amendment and kept in the decision's history.
draft-summary = Summary of the decision
draft-summary_hint = A sentence or two for the public, at the top of the decision page.
draft-publish_amendment = Check and preview the amendment
draft-publish = Check and preview the decision
draft-paid_by = Paid by { $agency }
draft-line = { $area } · asks for { $cost } · { $votes } votes · the count: { $count }
draft-counted_funded = funded
draft-counted_not_funded = not funded

officer-where_does_it_stand = Where does it stand?
officer-date = Date
officer-for_example_2027_03 = For example, 2027-03-14
officer-spent_so_far_in = Spent so far, in pounds
officer-what_has_happened = What has happened
officer-public_if_it_was = Public. If it was cancelled, say why.
officer-can_it_go_on = Can it go on the ballot?
officer-feedback_or_reason = Feedback or reason
officer-needed_when_asking_for = Needed when asking for changes (the proposer sees it) or when it is not eligible (shown to everyone)
officer-new_cost = New cost
officer-in_pounds_for_example = In pounds, for example £5,250
officer-why_the_cost_changed = Why the cost changed
officer-shown_to_everyone_for = Shown to everyone, for example the quote it comes from
officer-reason_for_removing_it = Reason for removing it
officer-for_abusive_or_unlawful = For abusive or unlawful content. The proposer is told this reason
officer-post_a_delivery_update = Post a delivery update
officer-post_the_update = Post the update
proposal-change_your_proposal = Change your proposal
proposal-withdraw_your_proposal = Withdraw your proposal
proposal-you_sent_this_proposal = You sent this proposal
proposal-see_all_your_proposals = See all your proposals
officer-review_this_proposal = Review this proposal
officer-save_review = Save review
officer-change_the_cost = Change the cost
officer-change_cost = Change cost
officer-remove_from_public_view = Remove from public view
officer-remove_proposal = Remove proposal
officer-verdict-feasible = Feasible: it goes on the ballot
officer-verdict-changes = Needs changes: ask the proposer to improve it
officer-verdict-ineligible = Not eligible: give the public reason
site-loading = Loading…
site-page_n = Page { $n }
site-pages = Pages
site-previous = Previous
site-next = Next
site-page = page
decision-rule-greedy = most votes first, while the pot lasts
decision-rule-mes = the Method of Equal Shares
decision-only_for = Only for { $areas }
decision-change-not_funded = not funded
decision-change-amount = { $title }: { $from } to { $to }
decision-change-payers = { $title }: paid for by different agencies
list-or = { $init } or { $last }

propose-problem-title-empty = Enter a title for your proposal
propose-problem-title-long = The title must be { $max } characters or fewer (it is { $n })
propose-problem-summary-empty = Enter a one-line summary of your proposal
propose-problem-summary-long = The summary must be { $max } characters or fewer (it is { $n })
propose-problem-body-empty = Describe your proposal: what it would do, for whom, and how
propose-problem-body-long = The description must be { $max } characters or fewer (it is { $n })
propose-problem-cost-empty = Enter the cost in pounds, like £2,500
propose-problem-cost-zero = The cost must be more than £0
propose-problem-cost-over_pot = The cost must be no more than the whole pot, { $pot }
propose-problem-area-empty = Choose the priority area your proposal is for
propose-problem-area-unknown = Choose a priority area from the list
propose-problem-agency-unknown = Choose one of the agencies paying into this round, or none
propose-problem-location-long = The place must be { $max } characters or fewer (it is { $n })
money-empty = Enter an amount, like £1,250.50
money-not_a_number = Enter an amount in pounds and pence, like £1,250.50
money-too_many_decimals = Pence can only have two digits, like £12.50
money-too_large = The amount is too large
money-negative = The amount cannot be negative
note-long = Keep this to { $max } characters or fewer (it is { $n })
review-problem-changes = Tell the proposer what to change
review-problem-ineligible = Give the public reason it is not eligible
review-problem-cost_note = Say publicly why the cost changed, for example the quote it comes from
review-problem-hide_reason = Give the reason for removing it: the proposer is told
review-marked = Marked as: { $status }
refusal-proposals_closed = New proposals can only be sent while the round is open for proposals. This round is at the stage: { $phase }
refusal-not_editable = You can change a proposal while proposals are open, or during review if an officer has asked for changes
refusal-not_under_review = Proposals are reviewed once the round has moved on to review. This round is at the stage: { $phase }
refusal-too_late_to_withdraw = A proposal can only be withdrawn before voting opens
refusal-too_late_to_hide = Content can only be hidden before voting opens
refusal-withdrawn = This proposal has been withdrawn, so it can no longer be changed
refusal-hidden = This proposal was removed by moderators, so it can no longer be changed
proposal-problem-stale = This proposal changed while you had the page open. Reload the page to see the latest version, then try again
propose-yourself = Yourself, { $name }
propose-residents_only = Only people who live in { $place } and its community groups can send proposals. Show that you live there from your account page first
propose-problem-sender = Choose whose name to send the proposal in
propose-sent = Your proposal has been sent. You can change it until proposals close
propose-saved = Your changes have been saved
propose-saved_for_review = Your changes have been saved and sent back to the officers for review
propose-withdrawn = Your proposal has been withdrawn
draft-no_fence = None: any priority area

pot_setup-title = The pot: { $round }
pot_setup-intro = The pot is what every agency puts in, added up. Residents vote on how to spend it, so it is fixed when voting opens.
pot_setup-kept_for = Kept for
pot_setup-any_area = Any priority area
pot_setup-none_yet = No agency pays into this pot yet. Add the first one below.
pot_setup-floor = The pot must stay at least { $cost }, the cost of “{ $title }”, the dearest proposal still in the round.
pot_setup-fixed = The pot was fixed when voting opened and cannot be changed now.
pot_setup-amount_label = How much does { $agency } put in?
pot_setup-fence_legend = What may { $agency }’s money pay for?
pot_setup-fence_hint = Tick the priority areas its money is kept for. Leave them all unticked if it may pay for any of them.
pot_setup-change = Change what { $agency } puts in
pot_setup-save = Save { $agency }
pot_setup-remove = Take { $agency } out of the pot
pot_setup-add_heading = Add an agency
pot_setup-agency_label = The agency’s name
pot_setup-agency_hint = For example, Ilfracombe Town Council. An agency already on Commonpot is found by its name.
pot_setup-kind_label = What kind of agency is it?
pot_setup-kind-council = Council
pot_setup-kind-nhs = NHS
pot_setup-kind-police = Police
pot_setup-kind-fire = Fire and rescue
pot_setup-kind-housing = Housing association
pot_setup-kind-other = Another public body
pot_setup-add_amount = How much does it put in?
pot_setup-add_fence = What may its money pay for?
pot_setup-add = Add to the pot
pot_setup-saved = { $agency }’s contribution has been saved
pot_setup-added = { $agency } now pays into the pot
pot_setup-removed = { $agency } has been taken out of the pot
pot_setup-moved_on = The round moved on while you were making changes. Reload the page to see where it is
pot_setup-that_contribution = That contribution
pot_setup-back = Proposals to review
pot_setup-problem-empty = Enter how much the agency puts in, like £25,000
pot_setup-problem-zero = The amount must be more than £0. To stop an agency paying in, take it out of the pot
pot_setup-problem-fence = Choose priority areas from the list
pot_setup-problem-agency_empty = Enter the agency’s name
pot_setup-problem-agency_short = Enter the agency’s full name
pot_setup-problem-agency_long = The agency’s name must be 120 characters or fewer
pot_setup-problem-kind = Choose what kind of agency it is
pot_setup-problem-already_pays = { $agency } already pays into this pot. Change its amount above instead
pot_setup-problem-named =
    { $n ->
        [one] 1 proposal still in the round says it touches { $agency }’s services, so { $agency } cannot be taken out of the pot
       *[other] { $n } proposals still in the round say they touch { $agency }’s services, so { $agency } cannot be taken out of the pot
    }
pot_setup-problem-below_proposal = The pot would be { $total }, less than the { $cost } that “{ $title }” asks for. Every proposal still in the round must fit in the pot
review-set_up_the_pot = The pot
review-set_up_the_pot_link = Set how much each agency puts in, and what its money may pay for
review-see_the_pot_link = See what each agency put in, and what its money may pay for

that-neighbourhood = That neighbourhood
codes-how_many_number = Enter how many codes to make, as a number like 500
codes-how_many_range = Make between 1 and { $max } codes at a time
codes-made_notice = Batch { $batch }: { $count } voting codes made. Print or download them now: they are shown only once
codes-not_ours = That code is not one of { $place }'s codes
codes-already_used = That code has already been used, so it cannot be cancelled
codes-already_cancelled = That code was already cancelled
codes-cancelled_notice = Code { $code } is cancelled
codes-no_such_account = No account uses that email address. Ask them to sign up first
codes-not_in_place = { $postcode } is not in { $place }
codes-verified_notice = { $name } is verified as a resident of { $place }

paper-checked_by = Checked by { $who } on { $date }
paper-not_open_yet = Paper ballots are typed in while voting is open, and voting has not opened yet
paper-voting_closed = Voting has closed, so no more paper ballots can be typed in or changed
paper-label_empty = Enter where and when the ballots were collected, like "Fun day, 14 March"
paper-label_long = The batch name must be 120 characters or fewer
paper-started = Batch started. Type in each paper ballot with the code from the voter's letter
paper-not_your_batch = Only { $who }, who started this batch, types ballots into it. Start a batch of your own
paper-batch_closed = This batch has been verified, so it is closed. Start a new batch for more ballots
paper-unknown_code = That is not one of { $place }'s voting codes, or it has been cancelled. Check it against the ballot paper
paper-closed_just_now = This batch was verified a moment ago, so it is closed. Start a new batch for this ballot
paper-code_used_on_paper = This code has already been used for a paper ballot, so this one cannot be counted. Set the paper aside and tell the voter
paper-code_used_online = This code has already been used to vote online, so this paper ballot cannot be counted. Set the paper aside and tell the voter
paper-added = Paper ballot added. Its receipt is { $receipt }: write it on the voter's slip
paper-no_such_ballot = There is no ballot { $receipt } in this batch to take out. Reload the page
paper-removed = Ballot { $receipt } taken out of the batch. Its code can be used again
paper-nothing_to_check = This batch has no ballots in it yet, so there is nothing to check
paper-own_batch = You typed this batch in, so another officer must check it against the paper
paper-already_verified = This batch has already been verified. Reload the page to see by whom
paper-changed = The batch changed while you were checking it: it now holds { $now } ballots, not the { $seen } you compared. It has not been verified. Check the list again against the paper
paper-verified = Batch verified: its { $seen } paper ballots are checked against the paper

update-not_funded = Only proposals the published decision funds have delivery updates
update-posted = Delivery update posted: { $status }
update-following = You are following this proposal. We will email you when its decision or delivery changes
update-not_following = You are no longer following this proposal

admin-no_such_account = No account uses that email address
admin-choose_role = Choose a role
admin-choose_neighbourhood = Choose the neighbourhood this role is for
admin-granted = { $name } is now { $role }
admin-granted_in = { $name } is now { $role } in { $place }
admin-that_role = That role
admin-own_admin_role = You cannot remove your own admin role; ask another admin
admin-removed = The role has been removed

account-name_empty = Enter your name
account-name_long = Your name must be 80 characters or fewer
account-name_invisible = Your name cannot hold invisible characters, or characters that turn text around
account-name_changed = Your name is now shown as { $name }.
account-your_name = Your name
account-name_shown = The name others see
account-name_shown_hint = Shown beside your proposals and on invitations you send. Your email address is never shown.
account-change_name = Change name
account-email_taken = An account already uses this email address. Sign in instead
account-wrong_password = The email address or password is not right. Check them and try again
account-wrong_current_password = Your current password is not right
account-password_changed = Your password has been changed. Other devices have been signed out
account-choose_neighbourhood = Choose the neighbourhood you live in
account-not_in_place = { $postcode } is not in { $place }. Only people who live there can take part
account-verified = You are verified as a resident of { $place }
account-how_in_person = in person by a council officer
account-how_code = with a voting code

review-reminder_went =
    { $n ->
        [one] sent on { $date } to 1 resident
       *[other] sent on { $date } to { $n } residents
    }
review-choose_verdict = Choose whether the proposal is feasible, needs changes or is not eligible
review-cost_already = The cost is already { $cost }
review-cost_now = The cost is now { $cost }
review-hidden = The proposal has been removed from public view
review-moved_by_someone_else = Someone else moved this round on just now. Reload the page to see where it is
review-hold-empty_pot = The round has no money in its pot yet. Add the agencies' contributions first
review-hold-unreviewed = { $n } proposal(s) still need a review decision. Mark each one feasible, needs changes or not eligible first
review-hold-nothing_feasible = No proposal has been marked feasible, so there would be nothing to vote on
review-hold-paper_unverified = { $n } batch(es) of paper ballots wait for a second officer to verify them. Voting closes once every paper ballot has been checked
review-hold-not_an_officer_step = Officers move a round on only up to the count. The councillors' published decision moves it on from there
review-hold-already_moved = The round has already moved on to { $phase }. Reload the page to see where it is now

rules-fixed = The ballot rules were fixed when voting opened and cannot be changed now
rules-choose_rule = Choose how people will vote
rules-whole_number = Enter { $what } as a whole number from 1 to 1,000
rules-what-max_choices = how many proposals each person may choose
rules-what-points = how many points each person shares out
rules-what-min_choices = the fewest proposals each person must choose
rules-moved_on = The round moved on while you were choosing. Reload the page to see where it is
rules-saved = The ballot rules have been saved

draft-not_yet = The decision is drafted once voting has closed and the votes are counted
draft-summary_empty = Write a short public summary of the decision
draft-reason_empty = Say publicly why the decision is being amended
draft-saved_by = Saved by { $who } on { $date } at { $time }
draft-amends_not_a_number = the decision being amended is not a number
draft-thrown_away = The draft was thrown away. This is a fresh start from the count, or from the decision in force
draft-saved = Draft saved. It is not public until it is published
draft-published = The decision is published. Its content hash is { $hash }

decision-not_published_yet = The councillors have not published this round's decision yet.

that-round = That round

results-not_yet = The votes are counted and shown here once voting has closed.
results-count_stale = The stored count of this round no longer matches its ballots, so it is not shown. This has been logged for the council to check.

that-proposal = That proposal

that-receipt = A ballot with that receipt
mail-receipt_sent = We are sending your receipt to { $email }
mail-reminder_not_open = Reminders go out only while voting is open
mail-nobody_to_remind = Every verified resident has voted already, so there is nobody to remind
mail-reminder_already_sent = This round's reminder has been sent already. Each round sends only one
mail-reminder_sent =
    { $n ->
        [one] Reminder sent to 1 resident who has not voted yet
       *[other] Reminder sent to { $n } residents who have not voted yet
    }

postcode-empty = Enter a postcode
postcode-malformed = Enter a real postcode, like EX34 9AB
code-empty = Enter the voting code from your letter
code-malformed = A voting code has 12 letters and numbers, like K7QM-3XTB-9RHD. Check the code on your letter
code-refusal-unknown = We do not recognise that voting code. Check it against your letter
code-refusal-other_neighbourhood = That voting code is for a different neighbourhood. Check which neighbourhood your letter is for
code-refusal-already_used = That voting code has already been used. Each code verifies one person. Contact the council if you did not use it
code-refusal-voided = That voting code has been cancelled by the council. Contact them for a new one
code-refusal-already_verified = You are already verified as living in this neighbourhood
email-empty = Enter your email address
email-malformed = Enter an email address in the correct format, like name@example.com
email-too_long = Your email address must be 254 characters or fewer
password-empty = Enter a password
password-too_short = Your password must be at least { $min } characters long
password-too_long = Your password must be { $max } characters or fewer
password-common = That password is one of the most common ones, so it is easy to guess. Choose another, for example three or four random words
ballot-problem-postcode_elsewhere = { $postcode } is not in { $place }. Only people who live there can vote

update-problem-status = Choose whether it is planned, in progress, delivered or cancelled
update-problem-date = Enter the date it happened, like 2027-03-14
update-problem-over_funding = Spend so far cannot be more than the { $funded } the decision gave it
update-problem-cancel_reason = Give the public reason it was cancelled
update-problem-note_empty = Say what has happened, in a sentence or two
update-problem-note_long = The note must be { $limit } characters or fewer

ledger-proposal = Proposal { $id }
ledger-with_points =
    { $n ->
        [one] { $title } (1 point)
       *[other] { $title } ({ $n } points)
    }
ledger-not_yet = The ballot ledger is published when voting closes
ledger-page_missing = Page { $page } of the ledger

draft-problem-not_on_ballot = "{ $title }" is not on this round's ballot, so it cannot be in the decision
draft-problem-more_than_cost = "{ $title }" is given { $given }, more than the { $cost } it asked for
draft-problem-unexplained = "{ $title }" { $what }: give the public reason for departing from the vote
draft-problem-what-added = is funded though the count did not fund it
draft-problem-what-dropped = is not funded though the count funded it
draft-problem-what-partial = is funded with less than it asked for
draft-problem-payments = "{ $title }" is given { $given } but the agencies named pay { $paid }. Make them add up
draft-problem-unknown_agency = "{ $title }" is paid for by an agency that has no share in this pot
draft-problem-agency_overspent = { $agency } is asked for { $asked }, more than the { $share } it put into the pot
draft-problem-ring_fence = { $agency }'s money is ring-fenced to { $fence }, so it cannot pay for "{ $title }" ({ $area })
draft-problem-pot_overspent = The decision spends { $spent }, more than the pot of { $pot }
draft-problem-two_lines = "{ $title }" appears twice in the decision. Give it one line
draft-problem-negative = "{ $title }" has an amount below zero. Enter £0 for not funded

history-sent = Proposal sent
history-edited = Proposal changed by the proposer
history-resubmitted = Changed by the proposer and sent back for review
history-feasible = Checked by an officer: it can go on the ballot
history-needs_changes = An officer asked for changes
history-ineligible = An officer found it not eligible
history-cost_adjusted = An officer changed the cost
history-hidden = Removed by moderators
history-withdrawn = Withdrawn by the proposer
history-changed = Changed
history-cost_change = { $before } to { $after }

# Letters we email, in the recipient's language. A body runs over several lines.
letter-receipt-subject = Your vote in { $round }: receipt { $receipt }
letter-receipt-body =
    Your vote in { $round } is in.

    Your receipt: { $receipt }

    Nobody can tell from the receipt who you are. When voting closes, every counted ballot is published by its receipt in the ballot ledger, so you can check that yours is there:
    { $ledger }

    You asked for this email on the vote confirmation page. We have not kept your address.

letter-reminder-subject = There is still time to vote: { $round }
letter-reminder-body =
    Dear { $name },

    Voting is open in { $round } and you have not voted yet. It takes a few minutes on your phone:
    { $vote }
    { $closes }
    Sign in with your account to vote. You are getting this one reminder because you are a verified resident of { $place }; nobody can see how you vote.

letter-review-subject = Your proposal "{ $title }": { $verdict }
letter-review-body =
    Dear { $name },

    Council officers have checked your proposal "{ $title }" for { $round }, { $place }.

    Their verdict: { $verdict }.{ $said }

    { $next }

    See your proposal: { $link }

letter-review-said = What they said: { $note }
letter-review-next-feasible = It will be on the ballot when voting opens.
letter-review-next-needs_changes = You can change it and send it again from the link below, before the review ends.
letter-review-next-final = This is final for this round.
letter-decision-subject = { $place }: the budget decision is published
letter-decision-body =
    The councillors have published the budget decision for { $round }, { $place }.

    { $summary }

    See what was funded, and why: { $link }

    You are getting this because you follow a proposal in this round.
letter-amendment-subject = { $place }: the budget decision is amended
letter-amendment-body =
    The councillors have published an amendment to the budget decision for { $round }, { $place }.

    { $summary }

    See what was funded, what changed, and why: { $link }

    You are getting this because you follow a proposal in this round.
letter-delivery-subject = { $title }: { $status }
letter-delivery-body =
    There is news of "{ $title }", funded by { $place } in { $round }.

    { $status }: { $note }
    Spent so far: { $spent } of { $funded }

    See every update: { $link }

    You are getting this because you follow this proposal. You can stop following it on that page.

# Times and dates, on the UK clock
date-am = am
date-pm = pm
date-weekday-1 = Monday
date-weekday-2 = Tuesday
date-weekday-3 = Wednesday
date-weekday-4 = Thursday
date-weekday-5 = Friday
date-weekday-6 = Saturday
date-weekday-7 = Sunday
date-month-1 = January
date-month-2 = February
date-month-3 = March
date-month-4 = April
date-month-5 = May
date-month-6 = June
date-month-7 = July
date-month-8 = August
date-month-9 = September
date-month-10 = October
date-month-11 = November
date-month-12 = December
date-moment = { $time } on { $weekday } { $day } { $month }
date-moment_year = { $moment } { $year }
date-long = { $day } { $month } { $year }
date-day = { $weekday } { $day } { $month } { $year }

# A round's timetable
timetable-problem-missing = Enter a date and time
timetable-problem-unreadable = Enter a real date and time, like 15/06/2027 22:00
timetable-problem-past = This time has already passed. Choose one still to come
timetable-problem-after_proposals_open = Proposals must close for review after they open
timetable-problem-after_review = Voting must open after proposals close for review
timetable-problem-after_voting_open = Voting must close after it opens
timetable-problem-too_short = Voting must stay open for at least an hour
timetable-problem-unreadable_date = Enter a real date, like 20/07/2027, or leave it empty
timetable-problem-decision_before_close = The decision cannot be expected before voting closes
timetable-problem-delivery_before_decision = Delivery cannot end before the decision is expected

timetable-problem-clocks_change = The clocks go forward at this time, so it never happens in the UK. Choose another time
timetable-hold-next_time_passed = the next time in its timetable has passed, or leaves voting open for less than an hour. Set new dates on the round's details page
timetable-hold-closes_later = Voting closes by the round's timetable at { $moment }, and cannot be closed early by hand
ballot-closes = Voting closes at { $moment }.
ballot-refused-closed_at = Voting closed at { $moment }, so this ballot cannot be counted

round-next-proposals_open = Proposals open at { $moment }.
round-next-review = Proposals close for checking at { $moment }.
round-next-voting_open = Voting opens at { $moment }.
round-next-voting_close = Voting closes at { $moment }.
round-delayed = { $phase } was due to start at { $moment } and is delayed: { $reason }. The officers have been told.
round-settings = Officers: change the round's details and dates
round-closing_summary = This round is closed:

round_history-heading = What has happened in this round
round_history-by-officer = an officer
round_history-by-councillor = the councillors
round_history-by-timetable = the timetable
round_history-by-admin = an administrator
round_history-created = The round was set up by { $who }.
round_history-phase = Moved from “{ $from }” to “{ $to }” by { $who }.
round_history-changed = Changed by { $who }: { $fields }.
round_history-delayed = “{ $phase }” could not start on time: { $reason }.

place-archived = This neighbourhood is archived: its record stays here, and it has no new rounds.
place-new_round = Create a round

account-manage_neighbourhoods = Manage neighbourhoods

# The first administrator's password
set_password-title = Choose your password
set_password-lead = This link sets the password of the account { $email }. It works once.
set_password-password = Create a password
set_password-button = Set my password
set_password-done = Your password is set. Sign in with it now.
set_password-that_link = That link (it has been used, or it has expired)

# Administrators: neighbourhoods
neighbourhood_form-list_title = Neighbourhoods
neighbourhood_form-list_lead = Each neighbourhood has its own rounds, officers and councillors. Residents of its postcode areas can vote in its rounds.
neighbourhood_form-new = Create a neighbourhood
neighbourhood_form-edit_title = Change { $name }
neighbourhood_form-back = All neighbourhoods
neighbourhood_form-name = Name
neighbourhood_form-name_cy = Name in Welsh
neighbourhood_form-welsh_hint = Optional. Shown to people reading the site in Welsh
neighbourhood_form-slug = Web address
neighbourhood_form-slug_hint = The end of the page's address, like shard-end. Leave it empty to make one from the name
neighbourhood_form-slug_fixed_hint = A round here is public, so letters and posters point at this address: it cannot change
neighbourhood_form-council = Council
neighbourhood_form-council_hint = The council it belongs to, like Birmingham City Council
neighbourhood_form-summary = Description
neighbourhood_form-summary_cy = Description in Welsh
neighbourhood_form-areas = Postcode areas
neighbourhood_form-areas_hint = One a line: a postcode sector, like EX34 8, or a single postcode
neighbourhood_form-households = Households
neighbourhood_form-households_hint = Optional. How many households (or eligible residents) live there, for turnout
neighbourhood_form-save = Save the neighbourhood
neighbourhood_form-saved = { $name } is saved.
neighbourhood_form-status = Status
neighbourhood_form-is_open = Open
neighbourhood_form-is_archived = Archived
neighbourhood_form-change = Change
neighbourhood_form-archive = Archive
neighbourhood_form-restore = Bring back
neighbourhood_form-archived = The neighbourhood is archived. Its pages stay; it takes no new rounds.
neighbourhood_form-restored = The neighbourhood is back on the home page.
neighbourhood_form-archived_note = This neighbourhood is archived.
neighbourhood_form-roles_link = Give officers and councillors their roles
neighbourhood_form-that_one = That neighbourhood
neighbourhood_form-problem-name = Enter the neighbourhood's name
neighbourhood_form-problem-council = Enter the council it belongs to
neighbourhood_form-problem-summary = Enter a description
neighbourhood_form-problem-too_long = Use at most { $most } characters
neighbourhood_form-problem-slug = Use only lower-case letters, digits and hyphens, like shard-end
neighbourhood_form-problem-area = “{ $area }” is not a postcode area. Enter a sector like EX34 8 or a postcode like EX34 8AB
neighbourhood_form-problem-no_areas = Enter at least one postcode area
neighbourhood_form-problem-areas_overlap = { $area } and { $other } overlap. Enter each postcode once
neighbourhood_form-problem-households = Enter the number of households as a whole number, or leave it empty
neighbourhood_form-problem-slug_taken = Another neighbourhood has this web address. Choose another
neighbourhood_form-problem-slug_fixed = A round of this neighbourhood is public, so its web address cannot change
neighbourhood_form-problem-area_taken = { $area } overlaps { $other }, which belongs to { $neighbourhood }. A postcode can belong to one neighbourhood only
neighbourhood_form-problem-area_taken_now = { $area } was just given to another neighbourhood. A postcode can belong to one neighbourhood only

# Officers: a round's details, timetable and rules
round_form-new = Create a round
round_form-new_title = Create a round in { $place }
round_form-new_lead = The round starts as a draft only officers see. Set its pot next; the round then moves on by itself at the times below.
round_form-settings_title = { $round }: details and dates
round_form-title = Title
round_form-title_hint = Like Shard End 2028–29
round_form-title_cy = Title in Welsh
round_form-slug = Web address
round_form-slug_hint = The end of the round's address, like 2028-29. Leave it empty to make one from the title
round_form-summary = Description
round_form-summary_cy = Description in Welsh
round_form-timetable = Timetable
round_form-timetable_hint = UK time. The round moves on by itself at each of these times.
round_form-time_hint = For example 15/06/2027 22:00
round_form-proposals_open = Proposals open
round_form-review = Proposals close for checking
round_form-voting_open = Voting opens
round_form-voting_close = Voting closes
round_form-decision_expected = Decision expected
round_form-delivery_until = Projects delivered by
round_form-optional_date = Optional
round_form-started = (already started)
round_form-ballot_rule = How residents vote
round_form-rule-approval_within_pot = Tick the proposals they want, up to the size of the pot
round_form-rule-approve_up_to = Tick up to a number of proposals
round_form-rule-points = Share out a number of points
round_form-max_choices = Most proposals a resident may tick
round_form-max_choices_hint = For “tick up to a number of proposals”
round_form-points = Points each resident shares out
round_form-points_hint = For “share out a number of points”
round_form-min_choices = Fewest proposals a resident must choose
round_form-min_choices_hint = Usually 1
round_form-count_rule = How the votes are counted
round_form-count_rule_hint = Shown to residents before they vote; fixed once voting opens
round_form-ballots_per = Who votes
round_form-ballots_per_hint = Shown to residents on the round page; fixed once the round is made. Letters with voting codes go to households either way.
round_form-per-resident = One ballot per resident: each resident verified in person votes, as well as each letter code
round_form-per-household = One ballot per household: only the code on the household's letter votes, online or on paper
round_form-count-greedy = Most votes first, while the money lasts
round_form-count-mes-complete = Equal shares: every voter has an equal share of the pot to spend
round_form-create = Create the round
round_form-created = { $round } is created as a draft. Set its pot now.
round_form-save = Save the changes
round_form-saved = { $round } is saved.
round_form-unchanged = Nothing was changed.
round_form-fixed = Voting has opened, so the round's details and dates are fixed.
round_form-archived = This neighbourhood is archived and takes no new rounds
round_form-see_round = See the round's page
round_form-close_heading = Close the round
round_form-close_lead = When every project is delivered, close the round with a short public summary. A closed round cannot be changed.
round_form-closing_summary = Summary for residents
round_form-closing_summary_hint = What was delivered, and where to read more
round_form-close = Close the round
round_form-closed = { $round } is closed.
round_form-not_in_delivery = Only a round whose projects are being delivered can be closed
round_form-problem-title = Enter the round's title
round_form-problem-summary = Enter a description
round_form-problem-too_long = Use at most { $most } characters
round_form-problem-slug = Use only lower-case letters, digits and hyphens, like 2028-29
round_form-problem-slug_taken = Another round of this neighbourhood has this web address. Choose another
round_form-problem-ballot_rule = Choose how residents vote
round_form-problem-count_rule = Choose how the votes are counted
round_form-problem-ballots_per = Choose whether each resident or each household votes
round_form-problem-number = Enter a whole number from { $least } to { $most }
round_form-problem-min_over_max = The fewest proposals to choose cannot be more than the most a resident may tick
round_form-problem-closing_summary = Enter a summary of up to 4,000 characters

letter-delayed-subject = { $round }: { $phase } could not start on time
letter-delayed-body =
    Dear { $name },

    The timetable of { $round } in { $place } says “{ $phase }” should have started by now, and it could not: { $reason }.

    Put it right on the round's review page, then move the round on there (or it moves at the next check):
    { $review }

letter-reminder-closes = Voting closes at { $moment }.
round-read_only = This round is closed: its record can no longer change
propose-field-language = Which language is your proposal written in?
propose-field-other = Add it in the other language too (optional)
propose-field-other_hint = Residents reading the site in the other language see this instead. Any part you leave empty is shown as you wrote it above.
propose-field-other_title = The proposal's name in the other language
propose-field-other_summary = Summary in the other language
propose-field-other_body = Description in the other language
propose-problem-language = Choose English or Cymraeg
proposal-removed_title = A proposal removed by an officer

# Proving an email address, resetting a password, invitations to a role
account-confirm_sent = We have sent a link to { $email }. Follow it to confirm that the address is yours
account-confirm_heading = Confirm your email address
account-confirm_lead = We sent a link to { $email }. Until you follow it, you cannot show where you live, propose a project or take on a role. The link works for two days.
account-confirm_again = Send the link again
account-confirm_first = Confirm your email address first: follow the link we emailed you. You can send it again from your account page
codes-unconfirmed_account = That account has not confirmed its email address yet. Ask them to follow the link we emailed them, then try again
confirm-title = Confirm your email address
confirm-lead = Confirm that { $email } is your email address.
confirm-button = Confirm my email address
confirm-done = Your email address is confirmed
confirm-that_link = That confirmation link (it has been used, or it has expired)
confirm-already = Your email address is already confirmed
signin-forgot = Forgotten your password?
forgot-title = Reset your password
forgot-lead = Enter the email address of your account. We will email it a link to choose a new password. The link works for one hour.
forgot-button = Send me a link
forgot-sent = If an account uses { $email }, we have emailed it a link to choose a new password. The link works for one hour
roles-invite_lead = We email them an invitation. The role is theirs when they accept it, signed in with that address.
roles-invitations = Invitations waiting to be accepted
roles-until = Can be accepted until
roles-withdraw = Withdraw
roles-withdraw_hidden = the invitation to { $email }
admin-invited = We have emailed an invitation to { $email } to be { $role }
admin-role_in = { $role } in { $place }
admin-that_invitation = That invitation (it has been accepted or withdrawn)
admin-withdrawn = The invitation has been withdrawn
invitation-title = An invitation to a role
invitation-lead = { $by } has invited { $email } to be { $role } on Commonpot.
invitation-accept = Accept the role
invitation-sign_in = Sign in with { $email } to accept. If you do not have an account with that address yet, create one and confirm the address first.
invitation-other_account_lead = This invitation is for { $email }, and you are signed in as { $other }. Sign out, then sign in with { $email } to accept it.
invitation-other_account = This invitation is for { $email }. Sign in with that address to accept it
invitation-accepted = You are now { $role }
invitation-that_link = That invitation (it has been accepted or withdrawn, or it has expired)
letter-confirm_email-subject = Confirm your email address for Commonpot
letter-confirm_email-body =
    Dear { $name },

    You created a Commonpot account with this address. To confirm that the address is yours, follow this link within two days:
    { $link }

    If it was not you, ignore this email: the account cannot do anything until the address is confirmed.

letter-reset_password-subject = Choose a new Commonpot password
letter-reset_password-body =
    Dear { $name },

    Someone asked to reset the password of the Commonpot account { $email }. To choose a new password, follow this link within one hour:
    { $link }

    If it was not you, ignore this email: your password has not changed.

letter-password_changed-subject = Your Commonpot password was changed
letter-password_changed-body =
    Dear { $name },

    The password of your Commonpot account { $email } was changed with a reset link, and every device that was signed in has been signed out.

    If it was not you, reset it again now from the sign-in page and tell the council: { $link }/forgot-password

letter-invitation-subject = You are invited to be { $role } on Commonpot
letter-invitation-body =
    Hello,

    { $by } has invited { $email } to be { $role } on Commonpot.

    To accept, follow this link within seven days and sign in with this address (create an account with it if you have none):
    { $link }

    If you were not expecting this, ignore this email.

code-refusal-voted_in_open_round = This code has already voted in a round that is still open, so it cannot be added to an account until voting closes. If you voted with it, change your vote with the code and your receipt. Otherwise ask an officer to verify you in person
codes-made_by = Made by { $made }
codes-made_and_approved = Made by { $made }, approved by { $approved }
codes-who = Who
codes-made_pending_notice = Batch { $batch }: { $count } voting codes made. A round here is voting, so they work only once another officer of this neighbourhood approves the batch
codes-void_requested = A round here is voting, so the code is cancelled once another officer of this neighbourhood confirms it
codes-void_already_requested = Cancelling that code has already been asked for; another officer must confirm it
codes-void_confirmed = The code is cancelled
codes-batch_approved = Batch { $batch } is approved: its { $count } codes work from now on
codes-nothing_waiting = That batch or code (nothing of it is waiting for a second officer)
codes-not_your_own = You asked for this, so another officer of this neighbourhood must approve it
codes-waiting_title = Waiting for a second officer
codes-waiting_lead = While a round here is voting, no officer alone can make or cancel voting codes: another officer of this neighbourhood must approve each batch and each cancellation.
codes-waiting_batch = Batch { $batch }, { $count } codes ({ $who })
codes-waiting_void = A code from batch { $batch }, to be cancelled (asked by { $who })
codes-another_officer = Another officer must approve this.
codes-approve = Approve the batch
codes-confirm_cancelling = Confirm cancelling
code-refusal-awaiting_approval = That voting code was made while voting is open and is waiting for a second officer's approval. Try again later, or contact the council
ballot-problem-code_on_account = This code has been added to a resident's account, so it votes only through that account. Sign in to vote, or contact the council if you did not add it
confirm-sign_in_as = Sign in as { $email } to confirm the address. If you did not make an account with it, reset its password from the sign-in page: that makes the account yours
results-codes_heading = Voting codes and in-person checks
results-codes_lead = So anyone can compare the ballots with the codes: each batch of letter codes, and what its codes did in this round. { $n } residents were verified in person by an officer; they vote with their accounts.
results-codes_caption = Voting codes by batch
results-codes_issued = Issued
results-codes_online = Used online
results-codes_paper = Used on paper
results-codes_voided = Cancelled
confirm-sign_in_first = Sign in to the account { $email } to confirm it, for example if you made it on another device. If you did not make it, reset its password from the sign-in page instead: that makes the account yours.

site-footer_links = About this service
notice-contact = Contact
notice-contact-email = Email { $operator } at
notice-contact-none = Contact { $operator } through the contact details on its website.
notice-privacy-title = Privacy notice
notice-privacy-lead = { $operator } runs this Community Budget service and is the data controller for the personal information it holds. This notice says what we collect, why, how long we keep it and what you can ask us to do with it.
notice-privacy-collect = What we collect
notice-privacy-collect-account = If you make an account: your name as others see it, your email address, your password (kept only as a slow one-way hash that cannot be turned back into the password) and the language you read in.
notice-privacy-collect-residence = If you show where you live: your postcode and neighbourhood, and how it was checked (a voting code from a letter, or an officer who saw proof in person).
notice-privacy-collect-proposals = If you propose something, follow a proposal or take part in a community group: what you write and choose. Proposals and their review are published with your name as the proposer.
notice-privacy-collect-feedback = If you send feedback: your message, and your name and email address only if you give them. Nothing else about you is kept with it: not your account, not your internet address.
notice-privacy-collect-technical = To keep the service safe: cookies that keep you signed in and protect forms (see the cookies page), and the internet address of attempts to sign in, sign up, send feedback or use a voting code, so that guessing can be stopped. When a limit stops someone, the address is kept in the audit log.
notice-privacy-vote = Your vote
notice-privacy-vote-secret = Your ballot is stored with a key made from your account or voting code under a secret key that only the server holds. Nobody reading the database, including council staff, can see how you voted without that key, and the published list of ballots shows only receipt codes.
notice-privacy-vote-receipt = Your receipt code is yours to keep: with it you can check your ballot in the public list. If we email it to you, the letter is deleted as soon as it has been sent.
notice-privacy-basis = Why we use it: the lawful basis
notice-privacy-basis-public_task = We use this information to run the Community Budget, a task in the public interest that { $operator } carries out (UK GDPR Article 6(1)(e), public task): to check that voters live in the neighbourhood, that each votes once, to publish proposals and decisions, and to write to you about them.
notice-privacy-kept = How long we keep it
notice-privacy-kept-sessions = Signed-in sessions end after 14 days without use (30 minutes for council staff) and are then deleted.
notice-privacy-kept-attempts = Records of sign-in, sign-up and voting code attempts are deleted after one day. One-time links are deleted a day after they are used or run out.
notice-privacy-kept-letters = Letters we send you are deleted { $days } days after they are sent; receipt letters as soon as they are sent.
notice-privacy-kept-feedback = A feedback message, with any name and email address you gave, is deleted a year after the council answers it.
notice-privacy-kept-account = Your account, with your postcode, is kept until you delete it. Backups of the service are kept for 14 days, so a deleted account is gone from them 14 days later.
notice-privacy-kept-record = Proposals, ballots (without anything linking them to you) and budget decisions are a permanent public record and are kept after your account is deleted; your proposals are then shown as from a former resident.
notice-privacy-shared = Who we share it with
notice-privacy-shared-body = Nobody, except the email service that delivers our letters to you. The open data we publish about each round contains no personal information.
notice-privacy-rights = Your rights
notice-privacy-rights-download = You can download everything we hold about you, as a file, from your account page.
notice-privacy-rights-delete = You can delete your account from your account page. Your personal information is erased at once.
notice-privacy-rights-other = You can also ask us to correct information, or object to how we use it, by contacting us below.
notice-privacy-rights-ico = If you are unhappy with how we have used your information, you can complain to the Information Commissioner's Office (ico.org.uk, 0303 123 1113).
notice-accessibility-title = Accessibility statement
notice-accessibility-lead = This statement applies to this Community Budget service, run by { $operator }. We want as many people as possible to be able to use it.
notice-accessibility-using = Using this service
notice-accessibility-using-body = You should be able to zoom in up to 400% without text spilling off the screen, use it on a screen 320 pixels wide, get from the start to the end of every form with a keyboard alone, use it with a screen reader or speech recognition, and use every form with JavaScript turned off. Every page is in English and Welsh.
notice-accessibility-how = How accessible this service is
notice-accessibility-how-body = We know some parts are not fully accessible: they are listed under non-compliance below.
notice-accessibility-report = Reporting a problem
notice-accessibility-report-body = If you find a problem not listed here, or need information in another format such as large print, easy read or audio, tell us. We will reply within 10 working days.
notice-accessibility-enforcement = Enforcement procedure
notice-accessibility-enforcement-body = The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).
notice-accessibility-status = Compliance status
notice-accessibility-status-body = This service is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, because of the non-compliance listed below.
notice-accessibility-issues = Non-compliance with the accessibility regulations
notice-accessibility-issues-admin_english = The pages council staff use to set up neighbourhoods and rounds are in English only, so when Welsh is chosen they are in a language other than the page says (WCAG 3.1.1). We plan to translate them.
notice-accessibility-issues-welsh_review = Our Welsh text has not yet been checked by a professional translator.
notice-accessibility-tested = How we tested this service
notice-accessibility-tested-body = Every page is checked automatically with axe-core at a phone's width and at 320 pixels each time the service is changed, and the main journeys (signing up, proposing, voting) are tested with a keyboard and with JavaScript turned off.
notice-cookies-title = Cookies
notice-cookies-lead = This service uses only the cookies it needs to work. It sets no cookies for analytics or advertising, so it does not ask for your consent.
notice-cookies-caption = The cookies we set
notice-cookies-name = Name
notice-cookies-purpose = What it is for
notice-cookies-lasts = How long it lasts
notice-cookies-session = Keeps you signed in
notice-cookies-session-lasts = Until you close your browser or sign out
notice-cookies-csrf = Proves that a form was sent from this site
notice-cookies-csrf-lasts = Until you close your browser
notice-cookies-flash = Shows a message after you send a form
notice-cookies-flash-lasts = 10 minutes
notice-cookies-lang = Remembers the language you chose
notice-cookies-lang-lasts = 1 year
notice-cookies-no_banner = Served over a secure connection, the first three are named with __Host- in front.
account-your_data = Your data
account-download_data = Download everything we hold about you (a JSON file)
account-download_data_hint = It has your account, where you showed you live, your proposals, what you follow and the letters we have sent you. It cannot say how you voted: nothing we keep links a ballot to you.
account-delete_heading = Delete your account
account-delete_lead = Your name, email address, postcode and letters are erased at once and you cannot sign in again. Proposals you sent stay on the public record, shown as from a former resident, and your ballot stays counted. This cannot be undone.
account-delete_password = Type your password to confirm
account-delete_button = Delete my account
account-delete_last_admin = You are the only administrator. Invite someone else to be an administrator before you delete your account.
account-deleted = Your account has been deleted and your personal information erased.
proposal-former_resident = A former resident
change_email-heading = Change your email address
change_email-how = We send a link to the new address. Your address changes when you follow it, signed in, and we tell your old address that it changed.
change_email-new = New email address
change_email-send = Send a link to the new address
change_email-same = That is already your email address
change_email-sent = We have sent a link to { $new }. Follow it within two days to finish the change; until then your address stays { $old }.
change_email-title = Change your email address
change_email-lead = Make { $new } the email address of your Commonpot account.
change_email-button = Use this address
change_email-sign_in_first = Sign in to your account first, then follow the link again.
change_email-done = Your email address is now { $new }
change_email-taken = Another account has been made with that address since you asked, so yours has not changed
change_email-that_link = That link to change an email address (it has been used, or it has expired)
letter-change_email-subject = Confirm your new email address for Commonpot
letter-change_email-body =
    Dear { $name },

    You asked for the Commonpot account { $old } to use this address, { $email }, instead. To make the change, sign in and follow this link within two days:
    { $link }

    If it was not you, ignore this email: nothing changes.

letter-email_in_use-subject = Someone tried to move a Commonpot account to this address
letter-email_in_use-body =
    Hello,

    Someone signed in to a Commonpot account asked for its address to become { $email }. This address already has a Commonpot account, so nothing has changed.

    If it was you, you can sign in with this address as it is: { $link }/sign-in

letter-email_changed-subject = Your Commonpot email address was changed
letter-email_changed-body =
    Dear { $name },

    The email address of your Commonpot account was changed from { $email } to { $new }. We will write to the new address from now on.

    If it was not you, reset your password from the sign-in page using { $new } if you can, and tell the council at once: { $link }/forgot-password

account-register_group = Register a community group
group_form-title = Register a community group
group_form-lead = Tenants' associations, youth clubs, friends of a park: a group can send proposals in its own name once the officers of a neighbourhood it works in recognise it. You will run the group on Commonpot and can invite its members.
group_form-name = The group's name
group_form-summary = What it does, in a sentence
group_form-summary_hint = Shown under the group's name, up to 200 characters
group_form-description = More about the group
group_form-description_hint = Who it is for, when and where it meets, what it has done
group_form-neighbourhoods = Where it works
group_form-neighbourhoods_hint = Tick each neighbourhood: the officers there decide whether to recognise the group
group_form-contact_email = Public contact email address
group_form-contact_email_hint = Shown on the group's page, for residents to reach the group
group_form-charity_number = Charity or company number
group_form-optional = Optional
group_form-website = Website
group_form-website_hint = Optional, starting https://
group_form-register = Register the group
group_form-problem-name = Enter the group's name
group_form-problem-summary = Say what the group does, in a sentence
group_form-problem-description = Tell residents more about the group
group_form-problem-too_long = Use { $most } characters or fewer
group_form-problem-name_letters = Use letters or numbers in the group's name
group_form-problem-contact_email = Enter an email address like name@example.org
group_form-problem-charity_number = Enter the number as it is registered, using letters, numbers and hyphens
group_form-problem-website = Enter the website's full address, starting https://
group_form-problem-neighbourhoods = Tick at least one neighbourhood the group works in
group_form-problem-name_taken = A group called “{ $group }” already works in { $place }: choose a name residents can tell apart
group-registered = { $group } is registered. The officers of each neighbourhood you ticked will now decide whether to recognise it; you will get an email when they do.
group-that_group = That community group
group-that_member = That member of the group
group-last_admin = A group needs at least one administrator: make someone else an administrator first
group-member_of = a member of { $group }
group-invited = An invitation is on its way to { $email }. It works for seven days.
group-admin_made = They are now an administrator of the group.
group-admin_unmade = They are no longer an administrator of the group.
group-removed = They are no longer a member of the group.
group-left = You have left the group.
group-standing-waiting = Waiting for the officers of { $place }
group-standing-changes_asked = The officers of { $place } asked for changes on { $on }
group-standing-recognised = Recognised by the officers of { $place } on { $on }
group-standing-declined = Not recognised by the officers of { $place } ({ $on })
group-standing-withdrawn = Recognition withdrawn by the officers of { $place } on { $on }
group-choose_decision = Choose what you decide
group-reason_needed = Give the reason: the group reads it, and a withdrawal's reason is public
group-reason_long = Use 2,000 characters or fewer
group-decided-recognised = { $group } is recognised here and can now send proposals in its name.
group-decided-changes_asked = { $group } has been asked for changes.
group-decided-declined = { $group } is not recognised here.
group-decided-withdrawn = { $group } is no longer recognised here. Its proposals already sent stay, marked.
group-decided_meanwhile = Another officer decided about this group a moment ago. Reload the page to see where it stands.
group-unmake_admin = Stop being an administrator
group-make_admin = Make an administrator
group-role = Role
group-admin = Administrator
group-member = Member
group-remove = Remove from the group
group-members = Members
group-name = Name
group-actions = Actions
group-invite = Invite a member
group-invite_lead = They get an email with a link. They join when they accept it, signed in with that address.
group-their_email = Their email address
group-send_invitation = Send the invitation
group-withdrawn_because = Why: { $reason }
group-caption = Community group
group-where = Where it works
group-run_by = Run by
group-contact = Contact
group-charity_number = Charity or company number
group-website = Website
group-proposals = Its proposals
group-no_proposals = It has not sent any proposals yet.
group-leave = Leave this group
group-decide-recognised = Recognise it: it can send proposals in its name here
group-decide-changes_asked = Ask for changes
group-decide-declined = Do not recognise it
group-decide-withdrawn = Withdraw recognition (the reason is public)
group-decision_for = Your decision about { $group }
group-reason = Reason
group-reason_hint = Needed for anything but recognising; the group's administrators receive it by email
group-record_decision = Record the decision
group-queue-none = None.
group-queue-title = Community groups in { $place }
group-queue-lead = Check each group is what it says it is — a real local group, with a way to reach it — before recognising it. Each decision is recorded with your name and emailed to the group.
group-queue-waiting = Waiting for a decision
group-queue-recognised = Recognised
group-queue-others = Not recognised, or recognition withdrawn
letter-group_recognised-subject = { $group } is recognised in { $place }
letter-group_recognised-body =
    Hello,

    The officers of { $place } have recognised { $group } on Commonpot. Its members can now send proposals in the group's name there.

    The group's page: { $link }

letter-group_changes_asked-subject = { $place }'s officers ask { $group } for changes
letter-group_changes_asked-body =
    Hello,

    The officers of { $place } looked at { $group } and ask for changes before recognising it:

    { $reason }

    The group's page: { $link }

letter-group_declined-subject = { $group } is not recognised in { $place }
letter-group_declined-body =
    Hello,

    The officers of { $place } decided not to recognise { $group } on Commonpot, for this reason:

    { $reason }

    The group's page: { $link }

letter-group_withdrawn-subject = { $place }'s officers withdrew recognition of { $group }
letter-group_withdrawn-body =
    Hello,

    The officers of { $place } have withdrawn their recognition of { $group }. The group can no longer send proposals in its name there; proposals already sent stay. Their reason, which is shown on the group's page:

    { $reason }

    The group's page: { $link }

proposal-group_not_recognised = the officers here no longer recognise this group
place-groups = Community groups
place-no_groups = No community group is recognised here yet.
place-register_group = Register a community group
place-group_queue = Recognise community groups (officers)
group-own_group = You belong to this group: another officer decides about it.
group-invite_after_recognition = A group can invite members once the officers of a neighbourhood it works in have recognised it.
group-funded = Funded: { $amount }
group-not_funded = Not funded
group-that_contact_link = That link to confirm a group's contact address (it has been used, or has expired)
group-contact_confirmed = { $email } is confirmed: the group's page shows it as its contact.
group-contact_waiting = Waiting for someone at the address to follow the link we sent it; until then it is not shown
group-confirm_contact_title = Confirm a community group's contact address
group-confirm_contact_lead = { $group } gave { $email } as the address where residents can reach it. Confirm it, and the group's public page will show it.
group-confirm_contact = Confirm this address
letter-group_contact-subject = Confirm { $group }'s contact address on Commonpot
letter-group_contact-body =
    Hello,

    { $by } registered { $group } on Commonpot, the service for the Community Budget, and gave this address for residents to reach the group.

    To confirm it, follow this link within seven days:
    { $link }

    Until then the address is not shown. If you know nothing of this group, ignore this email.

# Administrators find, disable and enable accounts
account-disabled = This account has been disabled by the council's administrators. Contact the council if you think this is wrong.
accounts_admin-title = Find and disable accounts
accounts_admin-lead = Disable an account that has been stolen or used to harass others: it is signed out at once and cannot sign in until it is enabled again. Its ballots stay counted. Each step needs a reason, kept in the audit log.
accounts_admin-search = Name or email address
accounts_admin-search_hint = Part of either is enough, in any case
accounts_admin-find = Find accounts
accounts_admin-found = { $n } found for “{ $searched }”
accounts_admin-more = Only the first 50 are listed: type more of the name or address.
accounts_admin-is_disabled = Disabled
accounts_admin-that_account = That account
accounts_admin-back = Back to finding accounts
accounts_admin-email = Email address
accounts_admin-unconfirmed = (not confirmed yet)
accounts_admin-since = Made
accounts_admin-roles = Roles
accounts_admin-no_roles = None
accounts_admin-state = State
accounts_admin-active = Active
accounts_admin-disabled_since = Disabled on { $when }: { $reason }
accounts_admin-reason = Reason
accounts_admin-disable_hint = Why it is disabled. Kept in the audit log and shown to other administrators, never to the account's owner.
accounts_admin-enable_hint = Why it can be used again. Kept in the audit log.
accounts_admin-disable = Disable the account
accounts_admin-enable = Enable the account
accounts_admin-why_disable = Say why the account is disabled
accounts_admin-why_enable = Say why the account is enabled again
accounts_admin-reason_long = The reason must be { $n } characters or fewer
accounts_admin-disabled = The account is disabled and signed out everywhere.
accounts_admin-enabled = The account is enabled: its owner can sign in again.
accounts_admin-already_disabled = That account is disabled already.
accounts_admin-already_enabled = That account is enabled already.
accounts_admin-own = You cannot disable your own account: ask another administrator.

# Administrators read the audit log
audit-title = Audit log
audit-lead = Every step that changes something, with who took it and when, newest first. Entries are never changed or deleted.
audit-filter_who = Who acted (their email address)
audit-filter_what = What was done
audit-filter_round = Which round
audit-any = Any
audit-since = From (day)
audit-until = To (day)
audit-day_hint = For example, 2026-12-06
audit-search = Search the log
audit-total = { $n } entries found.
audit-caption = Audit log entries, newest first
audit-when = When
audit-who = Who
audit-what = What
audit-subject = To what
audit-detail = Detail
audit-the_service = The service (timetable or command)
audit-no_such_account = No account has that email address
audit-day_unreadable = Enter the day as year-month-day, for example 2026-12-06

# Closing voting, asked again
close-title = Close voting in { $round }?
close-back = Back to the round's proposals
close-ballots_so_far =
    { $n ->
        [one] 1 ballot has been cast so far.
       *[other] { $n } ballots have been cast so far.
    }
close-nobody_votes_after = Nobody can vote after this, online or on paper, and nobody can change their vote.
close-counted_and_shown = The ballots are counted by the round's rules and the results page opens to everyone, with the ledger of receipts.
close-paper_first = Every batch of paper ballots must have been checked by a second officer first.
close-cannot_be_undone = This cannot be undone.
close-close_now = Close voting now
close-not_now = No, go back without closing
close-not_open = Voting is not open in this round, so there is nothing to close.
close-confirm_first = Closing voting cannot be undone: confirm it on the page that says what it will do.
audit-no_such_action = Choose what was done from the list
audit-no_such_round = Choose a round from the list
ledger-voided = Voided, not counted:
ledger-found_voided = Ballot { $receipt } was voided by two officers and is not counted. Their reason: { $reason }
ballot-problem-voided = Two of the council's officers voided this ballot, and it cannot be cast again. Ask the council's community budget officer why
paper-code_voided = The ballot cast with this code was voided by two officers, who did not allow it to vote again. Set the paper aside and ask another officer
review-void_heading = Void a ballot
review-void_link = Void a ballot, or confirm another officer's void
voids-title = Void a ballot: { $round }
voids-lead = A ballot is voided when it should never have been counted, for example because its letter code was reported stolen before it was used. One officer proposes it with a reason, and another officer confirms it. The voided ballot stays in the public ledger, marked with your reason, and is left out of every count.
voids-wrong_phase = Ballots can be voided only while voting is open or being counted, before the decision is published
voids-waiting_heading = Waiting for a second officer
voids-decided_heading = Decided
voids-propose_heading = Propose voiding a ballot
voids-receipt_label = Receipt of the ballot
voids-receipt_hint = 8 letters and numbers, like K7QM-2XPA. Find it in the ledger or on the voter's slip
voids-reason_label = Why should it be voided?
voids-reason_hint = This is published in the ledger and the round's history. Do not name anyone
voids-revote-legend = Once it is voided, may the same letter code or account vote again?
voids-revote-no = No: it may not vote again in this round
voids-revote-yes = Yes: it may vote again (for example, a ballot typed in by mistake)
voids-revote-no_short = May not vote again
voids-revote-yes_short = May vote again
voids-propose = Propose voiding it
voids-confirm = Confirm: void it
voids-refuse = Refuse
voids-withdraw = Withdraw
voids-ballot_hidden = ballot { $receipt }
voids-reason = Reason
voids-who = Officers
voids-step = Decision
voids-proposed_by = Proposed by { $who }, { $date }
voids-outcome-confirmed = Confirmed by { $who }, { $date }
voids-outcome-refused = Refused by { $who }, { $date }
voids-outcome-withdrawn = Withdrawn by { $who }, { $date }
voids-reason_empty = Enter why the ballot should be voided
voids-reason_long = The reason must be 300 characters or fewer
voids-reason_hidden = The reason contains hidden characters. Type it again
voids-receipt_form = Enter the receipt as 8 letters and numbers, like K7QM-2XPA
voids-no_such_receipt = There is no ballot { $receipt } in this round. Check it against the ledger
voids-already_voided = Ballot { $receipt } has already been voided
voids-already_waiting = A void of ballot { $receipt } is already waiting for a second officer. Confirm or refuse that one
voids-proposed = Void of ballot { $receipt } proposed. Another officer of the neighbourhood must now confirm it
voids-that_void = That void
voids-already_decided = Another officer decided on this a moment ago. Reload the page to see what they decided
voids-own_proposal = You proposed this, so another officer must confirm it
voids-confirmed = Ballot { $receipt } is voided. It is no longer counted, and the ledger shows it with the reason
voids-declined-withdrawn = Your proposal to void the ballot is withdrawn
voids-declined-refused = The proposal to void the ballot is refused: the ballot stays counted
round_history-void-proposed = An officer proposed voiding ballot { $receipt }.
round_history-void-withdrawn = The proposal to void ballot { $receipt } was withdrawn.
round_history-void-refused = A second officer refused to void ballot { $receipt }.
round_history-ballot-voided = Ballot { $receipt } was voided by two officers: { $reason }
draft-already_published = This round's decision is already published, and a published decision is never changed. To correct it, publish an amendment that says why
draft-amended_meanwhile = Another amendment was published while you were drafting. Reload the page to start from the latest decision
preview-title = Preview before publishing: { $round }
preview-back_to_draft = Back to the draft
preview-not_published = Draft, not published.
preview-banner = This is the decision page exactly as residents will see it once it is published. Nobody else can see it yet.
preview-hash_when_published = worked out when it is published
preview-publish_heading = Publish the decision
preview-publish_amendment_heading = Publish the amendment
preview-cannot_change = Once published, the decision is on the public record for good. It cannot be changed, only amended by a later decision that says why. Everyone following the round's proposals is emailed.
preview-publish_now = Publish the decision now
preview-publish_amendment_now = Publish the amendment now
preview-officer_note = Only the councillors publish the decision. They will see this draft when they open it.
preview-change = Go back and change the draft
preview-no_draft = There is no saved draft to preview. Save the draft first
preview-has_problems = The draft does not meet every rule yet. Go back to the draft to see what to fix
preview-draft_changed = The draft changed after you previewed it, perhaps by another councillor. Look at the preview again before publishing
review-draft_heading = The decision
review-draft_link = Prepare the decision draft for the councillors
review-reopen_heading = Extend or reopen
review-reopen_link-review = Reopen proposals, with a second officer
review-reopen_link-voting_open = Extend voting, with a second officer
review-reopen_link-counting = Reopen voting, with a second officer
reopen-title = Extend or reopen: { $round }
reopen-lead = When a slip or a site outage means residents could not take part, two officers can put it right: one proposes a new closing time with a public reason, and another officer confirms it. The round's public history shows the step and the reason.
reopen-wrong_phase = Proposals can be reopened while they are being checked, and voting extended while it is open or reopened while it is being counted. This round is in none of those stages
reopen-what = Step
reopen-kind-extend-voting = Extend voting until { $moment }
reopen-kind-reopen-voting = Reopen voting until { $moment }
reopen-kind-reopen-proposals = Reopen proposals until { $moment }
reopen-heading-extend-voting = Propose extending voting
reopen-heading-reopen-voting = Propose reopening voting
reopen-heading-reopen-proposals = Propose reopening proposals
reopen-explain-extend-voting = Voting stays open until the new closing time. Ballots already cast stand.
reopen-explain-reopen-voting = Voting opens again until the new closing time, and the count is made again when it closes. Ballots already cast stand, and residents may still change theirs.
reopen-explain-reopen-proposals = Residents and groups can send proposals again until the new time, when checking starts again.
reopen-closes_label-extend-voting = New closing time for voting
reopen-closes_label-reopen-voting = New closing time for voting
reopen-closes_label-reopen-proposals = New closing time for proposals
reopen-reason_label = Why? (published in the round's history)
reopen-reason_hint = For example: the site could not be reached on the last evening of voting
reopen-propose = Propose it to a second officer
reopen-confirm = Confirm
reopen-reason_empty = Enter why the round should be extended or reopened
reopen-time_unreadable = Enter the new closing time as a date and time, like 14/05/2027 21:00
reopen-not_later = The new closing time must be in the future, and later than the closing time there is now
reopen-no_timetable = This round has no timetable: it moves on when an officer moves it, so there is no closing time to extend or to reopen proposals until. Close voting when it should close
reopen-already_waiting = Another officer's proposal to extend or reopen this round is waiting. Confirm or refuse that one first
reopen-time_passed = The proposed closing time has already passed. Refuse this proposal and propose a new time
reopen-proposed-extend-voting = Extension proposed. Another officer of the neighbourhood must now confirm it
reopen-proposed-reopen-voting = Reopening proposed. Another officer of the neighbourhood must now confirm it
reopen-proposed-reopen-proposals = Reopening proposed. Another officer of the neighbourhood must now confirm it
reopen-confirmed-extend-voting = Voting is extended to the new closing time
reopen-confirmed-reopen-voting = Voting is open again until the new closing time
reopen-confirmed-reopen-proposals = Proposals are open again until the new closing time
reopen-declined-withdrawn = Your proposal is withdrawn
reopen-declined-refused = The proposal is refused: nothing changes
round_history-extend-voting = Voting was extended by two officers until { $moment }: { $reason }
round_history-reopen-voting = Voting was reopened by two officers until { $moment }: { $reason }
round_history-reopen-proposals = Proposals were reopened by two officers until { $moment }: { $reason }
round_history-extend-voting-proposed = An officer proposed extending voting.
round_history-reopen-voting-proposed = An officer proposed reopening voting.
round_history-reopen-proposals-proposed = An officer proposed reopening proposals.
round_history-extend-voting-withdrawn = The proposal to extend voting was withdrawn.
round_history-reopen-voting-withdrawn = The proposal to reopen voting was withdrawn.
round_history-reopen-proposals-withdrawn = The proposal to reopen proposals was withdrawn.
round_history-extend-voting-refused = A second officer refused to extend voting.
round_history-reopen-voting-refused = A second officer refused to reopen voting.
round_history-reopen-proposals-refused = A second officer refused to reopen proposals.
round-counted-greedy = How the votes are counted: most votes first. The proposals with the most votes are funded in turn while the money lasts; one that no longer fits is passed over for the next that does.
round-counted-equal-shares = How the votes are counted: equal shares. Every voter has an equal share of the pot to spend on the proposals they chose, so every group of residents gets a fair part of the money, not only the largest; any money left is then spent on the most voted proposals that fit.
round_history-pot-changed = The pot was changed by { $who }: { $detail }.
round_history-paper-verified = A second officer checked a batch of { $n } paper ballots against the paper.
round_history-ballot-rules = The ballot rules were set by { $who }: { $rule }.
unverify-heading = Un-verify a resident
unverify-lead = When a resident has moved away, or was verified in error, they can no longer vote or propose here from now on. A ballot they already cast is voided only when a second officer confirms it on the round's void page.
unverify-reason_label = Why? (kept in the audit log)
unverify-reason_hint = For example: moved to Barnstaple in March; verified with the wrong postcode
unverify-void_legend = Did they vote in a round that is open or being counted?
unverify-void_yes = Yes, or not sure: propose voiding their ballot, for a second officer to confirm
unverify-void_no = No: leave any ballot they cast as it is
unverify-button = Un-verify this resident
unverify-reason_empty = Enter why the resident is un-verified
unverify-not_resident = That account is not a verified resident of { $place }
unverify-done = { $name } is no longer a verified resident of { $place }
unverify-done_with_voids = { $name } is no longer a verified resident of { $place }. Voiding their ballot is proposed in { $n } round(s): a second officer must confirm it on the round's void page
receipt-voided = This ballot was voided by two of the council's officers and is not counted. Their reason: { $reason }
voids-unverified_ballot = The ballot of a resident no longer verified
voids-confirmed_unverified = The un-verified resident's ballot is voided. It is no longer counted
unverify-public_reason = The voter was found not to be a verified resident of the neighbourhood
reopen-too_far = The new closing time must be within three months from now
reopen-too_soon = Reopened voting must stay open for at least an hour: choose a later closing time
reopen-after_voting_opens = Proposals must close before voting is due to open. Move the time voting opens in the round's settings first
round_history-codes-made = An officer made { $n } voting codes while voting was open; they work only once a second officer approves them.
round_history-codes-approved = A second officer approved { $n } voting codes made while voting was open.
round_history-code-cancelled = Two officers cancelled a voting code while voting was open.

help-title = Help
help-lead = Commonpot is where residents propose how to spend their neighbourhood's Community Budget and vote on it. Each neighbourhood's help page says how to vote, how to propose, what to do if you lost your voting letter, and how to reach the council team who run it.
help-places = Help for your neighbourhood
help-place_link = Help in { $name }
help-access = Help with access
help-access_text = You can use this service with a screen reader, a keyboard alone, large text or JavaScript turned off, and in English or Welsh. If you cannot vote online, the council team can take your vote on paper at a voting event or help you in person.
help-feedback = Tell us what you think
help-feedback_text = Something hard to use, something missing, or something that worked well: the council reads every message.
help-feedback_link = Send feedback
help-contact = Contact the council team
help-contact_none = The council team has not put its contact details here yet. Contact { $council } and ask for the Community Budget team.
help-email = Email
help-phone = Phone
help-in_person = In person
help-place_title = Help in { $name }
help-place_lead = For residents of the postcode areas { $areas }.
help-round_voting = Vote now in { $round }
help-round_proposing = Propose an idea for { $round }
help-change_contact = Change the contact details
help-read_feedback = Read feedback messages
help-how_to_vote = How to vote
help-how_to_vote_text = Every household in the neighbourhood gets a letter with a voting code. Open the round's voting page, enter the code and your postcode, choose the proposals you want and send your ballot. You get a receipt code: keep it to check your ballot in the public list after voting closes. You can also vote with an account once you have shown where you live, or on paper at a voting event.
help-lost_letter = Lost your letter?
help-lost_letter_text = If you lost your voting letter, or it went to the wrong address, contact the council team with your name and address. They will cancel the old code, so nobody else can use it, and give you a new one.
help-how_to_propose = How to propose an idea
help-how_to_propose_text = When proposals are open, make an account, confirm your email address and show that you live in the neighbourhood (with the code from your letter). Then describe your idea and what it costs. A community group can propose in its own name once the council recognises it. Council officers check every proposal before it goes to the vote, and tell you if it needs changes.
help-contact_title = Contact details for { $name }
help-back = Back to the help page
help-contact_form_lead = Residents see these on the neighbourhood's help page. Leave a line blank to not offer it.
help-email_hint = A team address that someone reads every working day, not a personal one.
help-phone_hint = For example 01271 388 280
help-in_person_hint = Where and when residents can ask for help face to face, for example: Ilfracombe library, Tuesdays 10am to 12 noon.
help-in_person_cy = In person, in Welsh
help-save_contact = Save contact details
help-contact_saved = Contact details saved. Residents see them on the help page now.
help-problem-too_long = Use { $most } characters or fewer
help-problem-email = Enter an email address in the correct format, like name@example.com, or leave it blank
help-problem-phone = Enter a phone number using digits, like 01271 388 280, or leave it blank
help-problem-message = Enter your message
help-problem-neighbourhood = Choose a neighbourhood from the list
help-feedback_sent = Thank you. Your message has been sent to the council.
help-feedback_sent_reply = Thank you. Your message has been sent to the council, who will reply by email.
help-answered_by = Marked answered by { $name } on { $when }
help-marked_answered = Message marked answered.
help-already_answered = Someone has already marked that message answered.
help-that_message = That feedback message
help-feedback_title = Send feedback
help-feedback_lead = Tell the council what you think of this service or of your neighbourhood's Community Budget. Only your message is needed: give your name and email address only if you want an answer.
help-feedback_about = What is it about?
help-feedback_about_service = The service as a whole
help-feedback_message = Your message
help-feedback_message_hint = Do not include personal details, such as your address, unless you want us to use them to help you.
help-feedback_name = Your name
help-optional = Optional
help-feedback_email = Your email address
help-feedback_email_hint = Optional. Only if you want an answer; we use it for nothing else.
help-feedback_send = Send message
help-feedback_privacy = How we use what you send us
help-messages_title = Feedback messages
help-anonymous = Not given
help-mark_answered = Mark as answered
help-message_from = , the message sent { $when }
help-message_heading = { $about }, { $when }
help-from = From
help-language = Written in
help-waiting =
    { $n ->
        [0] No messages are waiting for an answer.
        [one] 1 message is waiting for an answer.
       *[other] { $n } messages are waiting for an answer.
    }
help-no_messages = Nobody has sent feedback yet.
account-your_votes = Your votes
account-no_votes = You have not voted with this account yet. A ballot cast with your letter's code counts here once you have shown where you live with that code.
account-voted_in = { $round }, { $place }:
account-receipt = receipt { $receipt }
account-in_the_ledger = find it in the public list of ballots
account-voided = Voided by the officers
