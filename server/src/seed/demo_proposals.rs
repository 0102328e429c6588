//! Plausible proposals for the demo neighbourhoods: title, summary, body, cost in
//! pounds, priority area slug, and who proposed it.

pub struct ProposalSeed {
    pub title: &'static str,
    pub summary: &'static str,
    pub body: &'static str,
    pub pounds: i64,
    pub area: &'static str,
    pub proposer: &'static str,
    pub location: Option<&'static str>,
}

const fn p(
    title: &'static str,
    summary: &'static str,
    body: &'static str,
    pounds: i64,
    area: &'static str,
    proposer: &'static str,
    location: Option<&'static str>,
) -> ProposalSeed {
    ProposalSeed {
        title,
        summary,
        body,
        pounds,
        area,
        proposer,
        location,
    }
}

pub const ILFRACOMBE: [ProposalSeed; 13] = [
    p("Friday night youth club at the Lantern", "Reopen the Friday youth club with two trained youth workers.", "The Friday club closed when its grant ended. Young people tell us there is nowhere to go on winter evenings.\n\nThis pays for two qualified youth workers for 40 Fridays, heating and a small activity budget.", 18_500, "youth", "Ilfracombe Youth Forum", Some("The Lantern, High Street")),
    p("Defibrillators for the harbour and Hillsborough", "Two public-access defibrillators in heated cabinets, with training sessions.", "The nearest public defibrillator to the harbour is over 600 metres away.\n\nThe cost covers two devices, cabinets, installation by an electrician and four free training sessions run with the ambulance service.", 4_800, "health-and-wellbeing", "Harbour Residents' Association", Some("The Pier and Hillsborough car park")),
    p("Better lighting on the Cairn path", "Solar lighting on the footpath between Slade Road and the Cairn nature reserve.", "People avoid the path after dark, and there have been incidents reported to the police.\n\nTwenty-two low-glare solar lamps that do not disturb bats, chosen with the Devon Wildlife Trust.", 14_200, "community-safety", "Friends of the Cairn", Some("Cairn footpath")),
    p("Seafront litter and recycling bins", "Thirty gull-proof bins with recycling sections along the seafront.", "Overflowing bins in summer bring gulls and rats. Gull-proof bins with separate recycling have halved litter in other Devon towns.", 9_600, "environment", "Ilfracombe Town Tidy", Some("Wildersmouth beach to the harbour")),
    p("Warm hub and lunch club for older people", "A weekly warm space with a hot lunch, advice on bills and a chat.", "Many older residents live alone and struggle with heating costs.\n\nThis runs a weekly hub through the winter at the Methodist hall with a hot lunch, benefits advice from Citizens Advice, and a volunteer driver scheme.", 12_000, "older-people-and-care", "Age Concern Ilfracombe", Some("Methodist Church hall")),
    p("Holiday hunger lunches", "Free lunches and activities for children in the school holidays.", "One in four children in the town gets free school meals. In the holidays, that support stops.\n\nLunches and activities on 30 holiday days, run by volunteers with local cafés.", 16_000, "families-and-children", "Ilfracombe Children's Centre", None),
    p("Skills for the season: hospitality training", "Free food hygiene, barista and first aid courses before the tourist season.", "Local people miss out on better-paid seasonal jobs for lack of certificates. Sixty places on accredited courses, with childcare support.", 11_500, "employment-and-skills", "Petroc College outreach team", None),
    p("Community minibus to Barnstaple hospital", "A volunteer-driven minibus twice a week to North Devon District Hospital.", "The bus to the hospital takes over an hour each way with a change. This leases an accessible minibus and pays for fuel and driver checks for a year.", 21_000, "transport", "Ilfracombe Community Transport", None),
    p("Fire safety checks and smoke alarms", "Home fire safety visits with free alarms for 200 homes.", "Fire and rescue would visit homes of people most at risk, fitting smoke and carbon monoxide alarms.", 6_500, "community-safety", "Devon and Somerset Fire and Rescue Service", None),
    p("Mental health drop-in for young adults", "A weekly evening drop-in with a counsellor for 16 to 25 year olds.", "Waiting lists for talking therapies are long. A weekly drop-in at the library, with a qualified counsellor and peer supporters.", 13_800, "health-and-wellbeing", "Mind North Devon", Some("Ilfracombe Library")),
    p("Community orchard at Bicclescombe Park", "Plant 40 fruit trees and run pruning and harvest days.", "An orchard that anyone can pick from, with a volunteer group to look after it and school visits.", 3_900, "environment", "Bicclescombe Park Volunteers", Some("Bicclescombe Park")),
    p("Damp and mould advice for private renters", "A housing officer visiting private rented homes with damp problems.", "Half a day a week of a housing officer's time for a year to inspect homes, advise tenants and follow up with landlords.", 10_400, "housing", "Ilfracombe Tenants' Voice", None),
    p("Safer crossing on Church Street", "A raised zebra crossing outside the primary school.", "Parents report near misses every week. Devon County Council highways have priced a raised crossing.", 28_000, "transport", "St Nicholas Primary School PTA", Some("Church Street")),
];

pub const CASTLE_VALE: [ProposalSeed; 13] = [
    p("Boxing and mentoring club", "Weekly boxing sessions with mentoring for 11 to 17 year olds.", "Coaches from the local gym run three sessions a week with a mentor, for young people at risk of exclusion.", 15_600, "youth", "Castle Vale Boxing Academy", Some("Vale Community Centre")),
    p("CCTV and lighting at the Tangmere shops", "Repair lighting and add two cameras at the Tangmere Drive shops.", "Shopkeepers and residents report anti-social behaviour after dark. West Midlands Police support the plan.", 12_400, "community-safety", "Tangmere Traders", Some("Tangmere Drive")),
    p("Healthy walks and social prescribing", "Led walks three times a week with a link worker from the surgery.", "GPs can refer people with long-term conditions to walking groups and activities.", 8_200, "health-and-wellbeing", "Castle Vale Health Partnership", None),
    p("Green roof for the library", "Turn the library's flat roof into a green roof with a pollinator garden.", "Reduces flooding and heat, and gives the reading group a garden to meet in.", 24_500, "environment", "Friends of Castle Vale Library", Some("Castle Vale Library")),
    p("Job club with CV and interview help", "A twice-weekly job club with an adviser and free printing.", "Working with local employers at Fort Dunlop and Jaguar Land Rover to match residents to vacancies.", 14_000, "employment-and-skills", "Vale Works", None),
    p("Repair café and tool library", "A monthly repair café and a tool library to borrow from.", "Saves residents money and keeps things out of landfill. Volunteers fix bikes, clothes and small electricals.", 5_300, "environment", "Castle Vale Tenants and Residents Alliance", None),
    p("Dementia-friendly café", "A weekly café for people living with dementia and their carers.", "Run with the Alzheimer's Society, with trained volunteers and activities.", 9_100, "older-people-and-care", "Castle Vale Community Care", Some("St Cuthbert's church hall")),
    p("Stay and play sessions for under-fives", "Four sessions a week for parents and toddlers, with a health visitor monthly.", "Free sessions so parents can meet, children can play, and families get advice early.", 11_200, "families-and-children", "Castle Vale Children's Centre", None),
    p("Cycle hub and free bike repairs", "A cycle hub with bikes to borrow, repairs and led rides.", "Many households have no car; a bike is the cheapest way to reach work at the business parks.", 17_800, "transport", "Vale Cycles", None),
    p("Tenancy sustainment support", "A support worker helping tenants at risk of eviction.", "Early help with arrears and benefits keeps families in their homes and saves the cost of homelessness.", 19_500, "housing", "Pioneer Group", None),
    p("Youth sports on the Centre Park pitches", "Free football and netball sessions every Saturday.", "Coaches, kit and pitch hire for 45 Saturdays, open to anyone aged 8 to 16.", 7_400, "youth", "Castle Vale Football Club", Some("Centre Park")),
    p("Fire safety for high-rise homes", "Fire safety visits and fire door checks in the remaining tower blocks.", "Fire service visits with residents to check doors and escape plans in every flat.", 6_900, "community-safety", "West Midlands Fire Service", None),
    p("Mental health first aid training", "Train 60 residents as mental health first aiders.", "People trust their neighbours. Two-day accredited courses for volunteers, faith leaders and shop staff.", 7_800, "health-and-wellbeing", "Castle Vale Community Church", None),
];
