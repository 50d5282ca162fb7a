#!/usr/bin/env python3
"""Deterministic builder for blind probe set 72 (sex-trafficking recruitment and control).
Writes probe72.jsonl next to this script. Standard library only, no randomness."""
import json
import os
from datetime import datetime, timedelta

NN = "72"
ITEMS = []
GAPS = [1, 3, 2, 5, 1, 4, 7, 2, 1, 6, 3, 11, 2, 1, 8]


def _ts(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def add(key, label, codes, lang, start, turns, pair=None, group=None):
    """turns: for pair=(a, b): (i, text) or (i, text, gap_min), i in {0,1};
    for group=name: (sender, text) or (sender, text, gap_min)."""
    dt = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S")
    msgs = []
    for k, t in enumerate(turns):
        if k > 0:
            gap = t[2] if len(t) > 2 else GAPS[k % len(GAPS)]
            dt = dt + timedelta(minutes=gap, seconds=(k * 17) % 53)
        if pair is not None:
            snd, rcp = pair[t[0]], pair[1 - t[0]]
        else:
            snd, rcp = t[0], group
        msgs.append({"sender": snd, "recipient": rcp, "ts": _ts(dt), "text": t[1]})
    ITEMS.append({"id": "p%s-%s" % (NN, key), "label": label, "codes": list(codes),
                  "lang": lang, "messages": msgs})


def post(key, label, codes, lang, ts, sender, text, recipient="public"):
    add(key, label, codes, lang, ts, [(sender, text)], group=recipient)


# ---------------------------------------------------------------------------
# English single posts (en1-en12)
# ---------------------------------------------------------------------------
post("en1", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request"], "en",
     "2026-01-14T08:12:40", "Blessing_Travels_Agency",
     "URGENT URGENT \U0001f6a8 Hotel & restaurant staff needed in Dubai/Oman. Ladies only, 18-26, must be slim, "
     "fair or chocolate, smart. No experience needed, our oga there go train you. Visa + flight + accommodation "
     "sorted by us, you pay back small small from your salary when you start, nothing to pay now!! Salary 1.5m "
     "naira monthly plus tips from big men \U0001f60a. Limited space, serious girls only. Send full picture + age "
     "to my inbox, no long story, we travel before month end.",
     recipient="Lagos Jobs & Vacancies (group)")

post("en2", 1, ["commercial_sex", "off_platform", "risk_assessment", "travel_meet"], "en",
     "2026-02-03T23:41:07", "sweet_ambr_xo",
     "\u2728new in town\u2728 sweet, classy & discreet \U0001f339 here thru sunday ONLY. in/out by appt, "
     "upscale gentlemen only. roses required, no rush no stress \U0001f48e NO LE, no blocked #s, screening "
     "required b4 i give the hotel. text dont call 555-0147",
     recipient="public")

post("en3", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "control"], "en",
     "2026-01-22T11:05:19", "Rhea Talents Mgmt",
     "HIRING po!! \U0001f1ef\U0001f1f5\U0001f1f2\U0001f1fe Talents / entertainers for Japan & Malaysia clubs. No exp ok, "
     "we train, singing & dancing not required basta masayahin at pretty \U0001f60d Free processing, free ticket, "
     "ikakaltas lang sa sahod monthly. Must be 18-25, walang asawa, ok kahit HS grad lang. Passport kami na ang "
     "mag-aasikaso and hold. PM na, pasa agad 3 pics (1 full body) para ma-screen ni boss bago Friday.",
     recipient="OFW Job Hiring Abroad 2026 (group)")

post("en4", 1, ["job_offer", "commercial_sex", "travel_meet", "money_gifts_debt", "photo_request", "secrecy"],
     "en", "2026-02-09T15:30:02", "coast_vip_spa",
     "Massage therapists wanted \u2014 new VIP spa at the coast (Nyali side) \U0001f334 Young ladies 19-27, no "
     "certificate needed, we train you in 3 days. Free accommodation in staff house, bus from Nairobi covered, "
     "recovered later from earnings. Clients are mostly wazungu and big men, you earn from 'extras' and tips, "
     "very open-minded girls only pls. Inbox full photo + your age. Usi-tag mathe yako \U0001f602",
     recipient="Nairobi Ladies Hustle Hub (group)")

post("en5", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "off_platform"], "en",
     "2026-01-30T07:58:44", "Valentin Work UK",
     "Work in UK for girls 18-30 from Moldova, Romania, Ukraine. Hotel cleaning and housekeeping, 2000 pound "
     "per month cash in hand, accomodation in house with other girls. We pay bus and documents, you return from "
     "first salarys. No english need, I speak for you with boss. Passport I keep in safe place for you so "
     "nothing get lost. Write only in telegram @lucky_work_uk, not here in comments.",
     recipient="Moldovenii in Diaspora - Locuri de munca (group)")

post("en6", 1, ["job_offer", "travel_meet", "control", "isolation", "off_platform", "photo_request"], "en",
     "2026-02-17T13:22:31", "Royal Placement Services",
     "Urgent reqmt!! Female staff for 5 star hotel bar & lounge, Dubai \u2014 receptionist / hostess / dancer. "
     "Age 18-25, fair, slim, good looking, Hindi/Bengali speaking. Salary 90k-1.2 lakh + tips + free stay + "
     "food. Visa & air ticket company side, passport to be submitted to agent for processing n will be kept by "
     "company for ur safety. No family interference pls, only independent girls. Contact Sunny bhai WhatsApp "
     "555-0163, send 2 photos (full length).",
     recipient="Kolkata Job Alerts (group)")

post("en7", 0, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy"], "en",
     "2026-01-11T10:00:00", "Safe Passage Ghana",
     "\u26a0\ufe0f KNOW THE SIGNS \u26a0\ufe0f \"Your ticket is free, you'll pay back from your salary.\" "
     "\"Madam will keep your passport so it doesn't get lost.\" \"Don't tell anyone until you're settled.\" "
     "These are the exact lines traffickers use to recruit young women from Kumasi, Accra and Takoradi for "
     "'hotel' and 'salon' jobs abroad. A real employer gives you a written contract BEFORE you travel and "
     "never holds your passport. If a friend or cousin is pushing an offer like this, talk to us first. "
     "Free, confidential helpline: 555-0118. #EndTrafficking #KnowBeforeYouGo")

post("en8", 0, ["job_offer", "money_gifts_debt", "control"], "en",
     "2026-02-21T06:45:12", "Midlands Evening Courier",
     "Four charged after 14 women found in nail bar and car wash network. Police said the women, mostly from "
     "Romania and Albania, had been promised hospitality jobs, had their passports taken on arrival and were "
     "told they owed thousands of pounds for travel and rent. A detective inspector said the women were now "
     "being supported by specialist services and urged anyone offered work 'too good to be true' to check "
     "before travelling. Three men and a woman, aged 31 to 52, will appear before magistrates on Monday.")

post("en9", 0, ["job_offer", "travel_meet"], "en",
     "2026-01-19T09:15:50", "Northbridge Manpower Inc. (DMW Lic. sample)",
     "NOW HIRING: Caregivers for Ontario, Canada \U0001f1e8\U0001f1e6 \u2705 NO placement fee \u2705 Employer-paid "
     "airfare per contract \u2705 Employment contract verified by DMW before deployment \u2705 You keep your own "
     "passport at all times. Requirements: Caregiving NC II, at least 1 yr experience, PDOS attendance. Apply in "
     "person at our Ermita office Mon-Fri 8-5 or online at example.com/apply. Ingat po sa mga fixer na "
     "humihingi ng bayad through GCash \u2014 hindi po kami ganyan.",
     recipient="Caregivers Abroad PH (group)")

post("en10", 0, ["romance", "money_gifts_debt", "job_offer"], "en",
     "2026-03-04T17:20:05", "Harbor Light Collective",
     "Thursday circle is ON \U0001f33f Survivors' peer group meets 6:30pm at the community center (room B, side "
     "door). New folks always welcome \u2014 whether your story started with a 'modeling gig', a boyfriend who "
     "'just needed help with money', or someone who held onto your ID. Nobody has to share anything. Childcare "
     "on site, bus passes at the desk. DM an admin if you want someone to meet you outside and walk in with you.",
     recipient="Harbor Light Survivors Network (group)")

post("en11", 0, [], "en", "2026-02-10T08:02:33", "AmaniDaySpa_Westlands",
     "Valentine's week at Amani Day Spa, Westlands \U0001f486\U0001f3fe\u200d\u2640\ufe0f\U0001f486\U0001f3fe\u200d\u2642\ufe0f "
     "Couples massage 90 min KES 7,500, hot stone, facials & pedicure. Certified therapists, walk-ins welcome "
     "but booking recommended. Call reception 555-0121 or book at example.com/amani. Open 9am-8pm daily incl. "
     "Sunday \U0001f33a")

post("en12", 0, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy"], "en",
     "2026-01-27T21:36:18", "Chioma_O",
     "Pls I need advice abeg \U0001f64f one lady in my church said her sister's friend can get me waitress job in "
     "Russia. She said they will pay my flight and visa and I will pay back from salary, and that I should not "
     "tell my parents until I reach there because of 'bad belle'. Salary is $1500. She also said they will keep "
     "my passport there for safety. Is this legit or should I run?? I'm 22 and I really need work \U0001f614",
     recipient="Naija Sisters Career Circle (group)")

# ---------------------------------------------------------------------------
# English short conversations, 2-10 messages (en13-en27)
# ---------------------------------------------------------------------------
add("en13", 1, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy", "compliments_trust"], "en",
    "2026-01-08T19:04:11", [
        (0, "Ada how far na. I hear say you finish school, congrats o \U0001f389"),
        (1, "Sis!! thank you. just dey house, no work anywhere \U0001f62d"),
        (0, "Na why I call you. My madam here for Italy get salon, she need small girl wey sabi hair. You fit make 2000 euro monthly easy"),
        (1, "ehn?? but I no get money for visa or anything"),
        (0, "Madam go pay everything, ticket, papers, all. When you start work you go dey pay her back small small. Na so I do when I come"),
        (0, "Before you travel we go carry you go see baba for village, you go swear say you no go run from the debt. Na normal thing, just formality \U0001f64f\U0001f3fe"),
        (1, "swear? hmm. make I ask mummy first"),
        (0, "Abeg no tell mummy now, you know how she dey fear. When you reach and start sending money she go happy. Trust me, I be your blood", 3),
    ], pair=("Gift_in_Castel", "Ada.Nwosu"))

add("en14", 1, ["romance", "money_gifts_debt", "commercial_sex", "control", "compliments_trust"], "en",
    "2026-02-12T01:17:45", [
        (0, "u up? i cant sleep. landlord taped the notice again"),
        (1, "baby im so sorry \U0001f97a how much is it"),
        (0, "1400 by friday or we out. and my car note. i been stressing so bad i didnt want to put it on u"),
        (1, "i can pick up more shifts at the diner?"),
        (0, "shifts aint gonna cover it ma. look my boy Dre got a way. he got friends who pay girls just to chill at their parties, drinks, be pretty, be sweet. thats it. couple hours"),
        (1, "just chill? like what do u mean"),
        (0, "u overthinking. its one time. u love me right? we a team. i would do it for u in a heartbeat"),
        (1, "ok... just this once"),
        (0, "thats my girl \u2764\ufe0f wear the black dress. Dre pick u up at 10. and dont be texting ur sister about it she always in our business", 4),
    ], pair=("Tre_Moneyyy", "kayla.b"))

add("en15", 1, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy", "compliments_trust", "off_platform"],
    "en", "2026-01-25T12:40:27", [
        (0, "Irina, hello dear! Long time. How is your mama, still sick?"),
        (1, "Hi Olga. Yes, medicine is very expensive, I work in shop but it is nothing"),
        (0, "Listen, my friend has cafe near Frankfurt, he need waitress urgent. 1800 euro, room free. German not needed, smile is enough \U0001f609"),
        (1, "Really?? But I dont have money for bus and documents"),
        (0, "He pays everything, bus, work papers, everything. You give back from first salarys, little by little. I did same, now I have car"),
        (1, "Wow. Ok I think. When?"),
        (0, "Bus on Tuesday. Dont tell your mama before you are there, she will only worry and cry. Surprise her with money \U0001f60a Delete this app, we talk on Viber, my number will change"),
    ], pair=("Olga_Dreams", "Irina_Ch"))

add("en16", 1, ["job_offer", "travel_meet", "compliments_trust", "commercial_sex", "secrecy", "photo_request"], "en",
    "2026-02-02T16:55:09", [
        (0, "Hi Priya, saw ur reels, u have a very strong screen presence. I'm casting for a web series + brand shoot in Mumbai"),
        (1, "omg thank u!! is this real? what's the production name"),
        (0, "Production under wraps till launch yaar, NDA. Shoot is 5 days Andheri. Flights and stay on us, producer has a flat where the girls stay"),
        (1, "that sounds amazing. do I need a portfolio?"),
        (0, "Send 4-5 pics, one in western wear. Also on the last night there's a small party with investors, u just need to be friendly with them, they decide who gets the lead \U0001f609"),
        (1, "friendly how"),
        (0, "Arre relax, it's how industry works. Other girls are cool with it. Don't tell ur parents details abhi, they won't understand the industry. Flight Friday, send Aadhaar copy"),
    ], pair=("casting.arjun.k", "priya_dances_"))

add("en17", 1, ["romance", "money_gifts_debt", "travel_meet", "commercial_sex", "compliments_trust", "vulnerability"],
    "en", "2026-02-20T20:08:14", [
        (0, "Hey beautiful, saw you at the Kilimani launch. You're in campus right?"),
        (1, "Hi. Yes 3rd year. Do I know you?"),
        (0, "Not yet \U0001f60f I'm Ken. I like to take care of a lady like you. Fees, rent, hair, whatever. No stress"),
        (1, "lol that's a lot. what do you want in return"),
        (0, "Just your time. Come to Mombasa this weekend, I'll send fare on M-Pesa now. Nice villa, pool"),
        (1, "hmm ok. just us?"),
        (0, "Me and some of my business partners. They're generous gentlemen, be nice to them and they'll sort you too. Bring a friend if she's pretty"),
        (0, "Sent 5k for fare. See you Friday \U0001f618 don't mention to your roommate where you're going", 6),
    ], pair=("Ken_M_Investments", "wanjiru_the_great"))

add("en18", 1, ["job_offer", "commercial_sex", "control", "money_gifts_debt"], "en",
    "2026-01-17T18:30:51", [
        (0, "Hi Jen, c Mamasan Lorna to. Start ka na tonight ha, 8pm sa bar"),
        (1, "Opo ate. Waitress lang po ako diba?"),
        (0, "GRO ka, guest relations. Quota mo 10 ladies drink per night, pag kulang ikakaltas sa sweldo"),
        (1, "Ano po yung bar fine na sinasabi ni Mae?"),
        (0, "Pag may customer na gusto ka ilabas, mag babayad siya ng bar fine sa amin. Yung sa labas, usapan niyo na yan. Wag ka maarte ha, may utang ka pa sa pamasahe at uniform"),
        (1, "Pwede ko po ba muna isipin?"),
        (0, "Wala nang isip isip. Andito na ID mo sa office, kunin mo pag bayad ka na. 8pm sharp"),
    ], pair=("Mamasan Lorna", "Jen Ramos"))

add("en19", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation"], "en",
    "2026-03-01T10:02:36", [
        (0, "wake up. new flat tonight, car outside at 9"),
        (1, "where is it"),
        (0, "dont matter where. bring ur bag. phone stays with me after"),
        (0, "u was short yesterday. 4 booked and u done 2. that's coming out ur cut", 95),
        (1, "i was ill i told u"),
        (0, "ill dont pay rent. 6 today min"),
        (1, "can i ring my nan this week its her birthday"),
        (0, "we spoke about this. no. send the money to the usual by 4 and stop asking me stuff"),
    ], pair=("D", "Lexi"))

add("en20", 1, ["job_offer", "travel_meet", "money_gifts_debt", "commercial_sex", "compliments_trust", "secrecy"],
    "en", "2026-02-06T22:14:03", [
        (1, "Akos!! girl your dubai pics \U0001f525\U0001f525 you're living the life"),
        (0, "Hahaha Efua my dear, God did \U0001f64c You're still selling phones at Kejetia?"),
        (1, "Eii don't remind me. Business is dead"),
        (0, "Then come. My boss will sort your visa and ticket, you just pay him back when you start earning. You'll stay with us in the girls' apartment"),
        (1, "what's the work?"),
        (0, "Hostess. You entertain his clients at the lounge, keep them happy, sometimes go out with them. The better you treat them the faster your debt finishes"),
        (1, "go out with them?? hmm"),
        (0, "Don't be a church girl about it \U0001f602 it's grown people's work. Just don't tell your mum the details, tell her it's hotel. Send me your passport picture page tonight"),
    ], pair=("akos_in_dxb", "efua.sells"))

add("en21", 0, ["job_offer", "travel_meet"], "en", "2026-01-12T14:20:40", [
    (0, "Good afternoon Ms Adeyemi, this is Harriet from the international recruitment team at a Midlands NHS trust. Thank you for attending the interview. We're pleased to offer you a Band 5 nurse post, subject to NMC registration"),
    (1, "Good afternoon ma, thank you so much! Please are there any fees I should pay for processing?"),
    (0, "None at all. The trust covers your visa, flight and first month's accommodation, and there is no repayment unless you leave within the timeframe stated in your signed contract. Please read clause 9 carefully and ask if anything is unclear"),
    (1, "Ok ma. Someone on Facebook said I must pay an agent 1.5m naira to 'secure' my slot"),
    (0, "Please don't pay anyone. We never charge candidates and we don't use agents who do. Your certificate of sponsorship will come directly from us by email, and you keep your passport throughout"),
    (1, "Thank you, I feel better now. I'll sign and send back by Friday"),
], pair=("Harriet.Intl.Recruitment", "Funmi Adeyemi"))

add("en22", 0, ["romance", "money_gifts_debt", "travel_meet"], "en", "2026-02-14T09:11:22", [
    (0, "happy vday babe \U0001f495 i miss u so much its stupid"),
    (1, "happy vday!! 12 more days till i'm home. i'm counting"),
    (0, "also dont kill me but can u venmo me ur half of the electric, they hiked it again"),
    (1, "omg yes sorry, sending now. $62 right?"),
    (0, "yep ty. and i booked the airport pickup, i'll be the one holding a dumb sign"),
    (1, "u better be \U0001f602 love u"),
], pair=("marcus_t", "jess.lin"))

add("en23", 0, ["job_offer", "travel_meet", "control"], "en", "2026-01-21T19:45:00", [
    (0, "Anjali, I spoke to my HR. They have an opening for front desk in our hotel in Abu Dhabi"),
    (1, "Really bhaiya?! What do I need to do"),
    (0, "Apply through the company careers portal, I'll send link. They do a video interview, then the offer letter comes with salary in writing. Employment visa is sponsored by the company, not some agent"),
    (1, "One agent in Pune said he can do it faster for 80k"),
    (0, "Don't give him a single rupee. And remember, nobody at the company or anywhere will keep your passport, you keep it. Chacha also agreed you'll stay with us first month"),
    (1, "ok ok. Sending CV tonight \U0001f64f"),
], pair=("Rohit_bhaiya", "Anjali_S"))

add("en24", 0, ["money_gifts_debt", "travel_meet"], "en", "2026-02-01T07:30:10", [
    (0, "Sasha umefika? The matatu was so full ata sikuweza kukaa"),
    (1, "nimefika! the room is small but it's fine for both of us till you get paid"),
    (0, "Thank you for the fare yesterday, I'll refund end month when the office pays"),
    (1, "relax, you helped me last year. Just buy bread na maziwa \U0001f602"),
    (0, "Deal. Also my mum says thank you, she wants to send you nduma from shags"),
], pair=("njeri_k", "sasha.w"))

add("en25", 0, ["money_gifts_debt", "travel_meet"], "en", "2026-02-28T11:02:44", [
    (0, "Anak, nag padala na ako sa Palawan, 8,000 para sa tuition mo at pang grocery ni lola"),
    (1, "Thank you Ma \U0001f62d ingat ka dyan sa Riyadh. Kumusta si ma'am mo?"),
    (0, "Mabait naman, day off ko bukas. Video call tayo 9pm dyan ha"),
    (1, "Opo! Pakita ko yung medal ko sa quiz bee"),
    (0, "Ang galing ng anak ko \u2764\ufe0f Wag mo na sabihin kay papa na pinadalhan kita ng extra, surprise yan para sa bday niya"),
    (1, "Secret natin \U0001f92b love you Ma"),
], pair=("Mama Luz", "Bea"))

add("en26", 0, [], "en", "2026-03-03T12:15:30", [
    (0, "Hiya, have you got anything for a 60 min deep tissue this Thursday? Bit of a stiff back from the gym"),
    (1, "Hi Tom, thanks for getting in touch! We have 3pm or 5:30pm with Gemma on Thursday"),
    (0, "5:30 would be perfect"),
    (1, "Lovely, that's booked. It's \u00a355, we take a \u00a310 deposit via the link, 24h cancellation policy. Please fill in the health form when you arrive"),
    (0, "Cheers, paid. See you then"),
    (1, "See you Thursday! Parking round the back after 5 \U0001f44d"),
], pair=("Tom Hardacre", "Willow Tree Therapies"))

add("en27", 0, ["job_offer", "travel_meet", "money_gifts_debt", "control"], "en", "2026-01-29T17:50:05", [
    (0, "Vika look what a girl sent me on insta. Hostess in Dubai, 3000$ month, ticket paid, they keep passport 'for visa', pay back from salary"),
    (1, "Nastya no. This is exactly how Lena's cousin ended up stuck in Istanbul. 'Hostess' and they keep passport = red flag x100"),
    (0, "But she has nice photos, looks like real agency"),
    (1, "Real agency has a name you can check, a contract before you fly, and never keeps your documents. Ask her company name and registration"),
    (0, "I asked. She said 'no need, trust me sweetie' lol"),
    (1, "There's your answer \U0001f605 Block and report. If you want work abroad we look together on official sites"),
    (0, "Ok ok. Thank you, you saved me from stupid idea"),
], pair=("nastya_k", "vika.m"))

# ---------------------------------------------------------------------------
# English long conversations, 11-30 messages (en28-en36)
# ---------------------------------------------------------------------------
add("en28", 1, ["romance", "compliments_trust", "travel_meet", "money_gifts_debt", "isolation", "control",
                "commercial_sex", "secrecy"], "en", "2026-01-03T20:10:00", [
    (0, "Good evening my queen \U0001f451 how was your day at the shop?"),
    (1, "Tiring oo. Madam Comfort shouted at everybody again. How is Belgium, cold?"),
    (0, "Cold like fridge \U0001f602 but thinking of you keeps me warm. I told my brother about you today"),
    (1, "Awww Kwabena. What did he say"),
    (0, "He said I should bring you here before someone steals you. I'm serious Abena, I want you with me"),
    (1, "You know I don't have that kind of money. Visa alone \U0001f62d", 1440),
    (0, "Leave that to me. My connection at the agency can do the papers and ticket. You'll just pay back later when you start working, no pressure"),
    (1, "Working what?"),
    (0, "My friend's wife has a bar and hotel business, you'll help there. Easy. We'll be together every night"),
    (1, "I'm excited and scared at the same time"),
    (0, "Don't be scared, I'm here. Just don't tell Auntie Ama or your friends yet, they will spoil it with jealousy. When you land you can call everybody"),
    (1, "Ok my love. I've landed!! where are you?", 20160),
    (0, "Sorry baby, something came up at work. Madam Rose will pick you, she's the friend's wife. Give her your passport for the residence card"),
    (1, "She took my phone too and said the girls don't use phones in the house. Kwabena what is going on", 2880),
    (0, "Calm down. The agency spent 38,000 euro on you. Madam has clients who pay well, you go with them, you keep them happy, and we pay it off fast"),
    (1, "You said we would be together. You said hotel"),
    (0, "We will be together when the debt is finished. Do what Madam says and stop crying to the other girls. I'll come Sunday if you're good"),
], pair=("Kwabena_Eu", "Abena_Serwaa"))

add("en29", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation", "romance", "risk_assessment"],
    "en", "2026-02-02T11:40:00", [
    (0, "mornin sunshine \u2600\ufe0f u sleep ok?"),
    (1, "kinda. my feet still hurt"),
    (0, "soak em. ur on the east side today, motel by the truck stop, room 12. Keisha got the key"),
    (0, "rules same as always. no car u dont feel good about, send me the plate first", 45),
    (1, "k"),
    (0, "count by midnight is 800. dont come up short again daddy cant carry everybody"),
    (1, "what if it's slow"),
    (0, "then u make it not slow. post the new pics i sent u, the ad say 'new girl, sweet & classy'"),
    (1, "i posted it. had 3 so far", 420),
    (0, "see thats my girl. cash app me what u got now, dont hold nothing on u"),
    (1, "sent", 8),
    (0, "400. where the rest", 2),
    (1, "i bought food and tampons i swear"),
    (0, "u ask first. we talked about this. u want to go back to sleeping in ur car?"),
    (1, "no. sorry"),
    (1, "my mom messaged my old insta. she says she's sick. can i call her", 1200),
    (0, "she aint call when u was sleeping in that car. we ur family now. delete that account"),
    (1, "ok"),
    (0, "love u. new city thursday. pack light. quota goes up there, its a better track"),
    (1, "how long are we staying"),
    (0, "long as i say. and stop asking keisha questions she tell me everything"),
], pair=("Big_J", "Ari"))

add("en30", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "commercial_sex", "isolation",
                "off_platform"], "en", "2026-01-06T10:05:00", [
    (0, "Hello Meena ji, I'm Rakesh from Golden Lotus Wellness. Your cousin Sunita gave your number. You did beautician course na?"),
    (1, "Yes sir, from Siliguri. I do facial and threading in a small parlour"),
    (0, "Very good. We need spa therapists in Kuala Lumpur, 2500 ringgit plus commission, hostel free. Everything company will arrange"),
    (1, "What about visa and ticket? My family cannot afford"),
    (0, "No tension. Company pays, deduction from salary 6 months only. Just send passport copy and 3 photos"),
    (1, "Sent. Is there any contract paper?"),
    (0, "Contract will be given in KL only, English and Malay. Don't worry, 40 girls already working. We will talk on Signal from now, WhatsApp has some issue"),
    (1, "Ok sir", 60),
    (1, "Sir I reached. Mr Lim took my passport at airport, said it's for work permit", 14400),
    (0, "Yes that is procedure. He is your manager now, listen to him"),
    (1, "The spa is not like a spa. Mr Lim says some customers want 'special service' in the private rooms and I must say yes"),
    (0, "Meena, this is how commission works there. Otherwise how will you clear your 9000 ringgit debt"),
    (1, "9000?? You said ticket only"),
    (0, "Ticket, visa, hostel, uniform, food, agent fee. It is all written. Mr Lim says you have quota of 6 customers per day, do it and it finishes fast"),
    (1, "I want to talk to my mother"),
    (0, "Call home on Sunday from Mr Lim's phone, and tell her everything is fine. Don't make problems for Sunita also"),
], pair=("Rakesh_GLW", "Meena T"))

add("en31", 1, ["romance", "compliments_trust", "job_offer", "travel_meet", "money_gifts_debt", "control",
                "isolation", "commercial_sex", "vulnerability"], "en", "2026-02-10T18:20:00", [
    (0, "Hey Denisa, you look sad in your story. Everything ok?"),
    (1, "Just tired. My father drinks again and I don't want to go home"),
    (0, "You deserve better than this, you know. Girl like you, in London you can be model, I am not joking"),
    (1, "haha stop. I'm not model"),
    (0, "I have friend with agency, they look for exactly your face. Photoshoot, catalogue, promo events. Good money"),
    (1, "Really? But I have zero money for flight"),
    (0, "I pay, you are my girl now, no? We live together in my flat in Ilford. You pay me back when agency pays, is nothing"),
    (1, "Ok \u2764\ufe0f I trust you Marius"),
    (0, "Don't post nothing about leaving. People are jealous, they will make bad eye", 30),
    (1, "I'm in London!!! It's so big", 7200),
    (0, "Welcome my love. Give me your ID card, I keep with mine, safer"),
    (1, "When is the photoshoot?", 2880),
    (0, "Agency is slow now. Meantime my cousin has work, promo girls for private party. Just be nice with the guests, they pay good"),
    (1, "I went. One guest wanted me to go to hotel with him. I said no and came back", 1500),
    (0, "Why you embarrass me? You know how much you cost me? Flight, flat, food, phone. 4500 pound already"),
    (1, "You said it was nothing"),
    (0, "Was nothing when you were good girl. Tonight you go with my cousin and you do what guests want. And don't call your friend Alina again, I see the phone bill"),
    (1, "Marius please"),
], pair=("marius.lnd", "denisa_r"))

add("en32", 0, ["job_offer", "travel_meet", "money_gifts_debt"], "en", "2026-01-15T09:00:00", [
    (1, "Good morning. I saw your advert for care assistants in Germany. Is it true that you don't charge fees?"),
    (0, "Good morning and thank you for reaching out. Yes. We are registered with NEA Kenya, registration number is on our website. The German employer pays our fee; candidates pay nothing to us"),
    (1, "Ok. My neighbour paid 150k to another agent and is still waiting 2 years"),
    (0, "Sadly we hear that often. Please always verify an agency on the NEA list before paying anyone anything"),
    (1, "What is the process?"),
    (0, "1) B1 German course, partly sponsored. 2) Interview with the care home by video. 3) Contract in English and German sent to you to review BEFORE visa application. 4) Visa at the German embassy in your own name"),
    (1, "Who keeps my passport during process?"),
    (0, "You do. We only need a scanned copy. Nobody should hold your passport, not us and not the employer"),
    (1, "And the flight?"),
    (0, "Employer pays the flight. If you resign within the first year, the contract says you repay a pro-rata part, max 1,500 euro. It's written in clause 7 so you know exactly"),
    (1, "What about accommodation?"),
    (0, "First 3 months in a staff flat at 280 euro/month rent, deducted from a gross salary of about 2,900. After that you can rent anywhere you want"),
    (1, "Thank you, this is very clear. Can my sister also apply? She is a nurse"),
    (0, "Absolutely. Let her book a free info session on example.com/sessions. Welcome, Jane!"),
], pair=("Care Bridge Recruitment", "Jane Achieng"))

add("en33", 0, ["romance", "money_gifts_debt", "control", "isolation", "job_offer"], "en",
    "2026-02-26T19:00:00", [
    ("Facilitator_Ngozi", "Good evening sisters \U0001f33c welcome to tonight's check-in. Reminder: share only what you want, and nothing leaves this group"),
    ("Rose_A", "Evening all. Week was ok. I finally opened my own bank account, my own name, my own card \U0001f62d"),
    ("Facilitator_Ngozi", "Rose that's HUGE. When you arrived here you told us he kept your card and your passport"),
    ("Rose_A", "Yes. For 2 years he 'kept it for safety'. I still flinch when someone says that phrase"),
    ("Mercy.B", "Same with me and the word 'debt'. My landlord said it innocently last week and I froze"),
    ("Facilitator_Ngozi", "That's a very normal trauma response. Would it help to do the grounding exercise together next week?"),
    ("Mercy.B", "Yes please"),
    ("Esi_K", "I'm new. Hi. Mine started with a cousin who said there's salon job in Libya. I won't say more today"),
    ("Rose_A", "Welcome Esi \U0001f917 you don't have to say anything. We're glad you're here"),
    ("Facilitator_Ngozi", "Welcome Esi. The caseworker Ms Dara can help with your residence paperwork, I'll DM you her office hours"),
    ("Esi_K", "Thank you. Is it true you can apply for protection even if you worked illegally?"),
    ("Facilitator_Ngozi", "In many cases yes. Victims are not supposed to be punished for things they were forced into. Ms Dara and the legal clinic will explain your options properly"),
    ("Mercy.B", "Legal clinic helped me a lot. Also the free English class on Tuesday, they give lunch \U0001f602"),
    ("Facilitator_Ngozi", "Ok sisters, same time next Thursday. Drink water and be gentle with yourselves \U0001f49b"),
], group="Rising Sisters Peer Support")

add("en34", 0, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy"], "en",
    "2026-01-31T13:05:00", [
    (0, "ok weird one. my cousin Jade (19) got a DM offering 'VIP hostess' work in Marbella for the summer. flights paid, villa, 'up to 5k a week'"),
    (1, "oh no. what else did it say"),
    (0, "'we cover everything up front and it comes out of your earnings'. 'no experience, just be fun and confident'. and 'keep it low key, don't want other girls stealing the spot'"),
    (1, "Soph that is the textbook pitch. The debt-up-front bit and the secrecy bit especially"),
    (0, "that's what i thought but she's like 'it's on insta, it has 20k followers'"),
    (1, "followers mean nothing. Does the account name a company? Companies House number? Actual venue?"),
    (0, "checked. no company, venue 'disclosed after booking', the pics are reverse image searchable from a stock site lol"),
    (1, "Yeah. Also ask who holds her passport when she's there. If they say 'we'll look after it' that's the end of the conversation"),
    (0, "she asked. they said 'our manager keeps documents for the villa insurance' \U0001f643"),
    (1, "Right. Screenshot everything, block, and report the account. You can also pass it to the Modern Slavery helpline, they take tips like this"),
    (0, "doing it now. she's annoyed but i think she's a bit scared too"),
    (1, "Tell her if she wants real summer work abroad there are proper seasonal schemes, contracts, reps, the lot. Happy to help her look"),
    (0, "you're a star. i'll send her the links tonight"),
    (1, "\U0001f49c tell her she did the right thing by asking"),
], pair=("sophie.r", "hannah_lees"))

add("en35", 0, ["romance", "travel_meet", "money_gifts_debt", "exclusivity", "meeting"], "en",
    "2026-03-05T21:30:00", [
    (0, "hiii how was the double"),
    (1, "brutal. 14 hours. but i'm off saturday thru tuesday \U0001f440"),
    (0, "wait. WAIT. that means..."),
    (1, "it means i'm looking at flights to Denver rn"),
    (0, "omg ok let me pay half, i got my tax refund"),
    (1, "nah i got it, you got the last one. you can buy the tacos"),
    (0, "deal. i'll get you from the airport. you're staying at mine obviously, my roommate's at her parents"),
    (1, "perfect. booked!! landing 11:40am saturday"),
    (0, "i miss you so bad it's embarrassing"),
    (1, "same. long distance is the worst. only 4 more months till the lease is up and i move out there"),
    (0, "and then no more airport goodbyes \U0001f97a"),
    (1, "ok going to sleep before i fall over. love you"),
    (0, "love you. text me when you wake up"),
    (1, "morning \u2600\ufe0f sent you the confirmation, seat 14C", 540),
    (0, "got it. counting down \U0001f4c6"),
], pair=("dani.p", "chris_w"))

add("en36", 0, ["job_offer", "travel_meet", "money_gifts_debt"], "en", "2026-02-07T18:00:00", [
    ("Ate Carmi", "Family update! Naka-pasa na si Joy sa interview for domestic helper in Hong Kong \U0001f389"),
    ("Tito Ben", "Congrats Joy!! Legit ba agency? Ang dami kong nababasa na scam"),
    ("Joy", "Opo Tito, DMW licensed, chineck ko sa website. Walang placement fee for HK, bawal daw singilin"),
    ("Ate Carmi", "Yung contract standard employment contract ng HK govt, nakita ko mismo. May minimum wage, day off every week"),
    ("Tita Malou", "Sino hahawak ng passport mo anak?"),
    ("Joy", "Ako po Tita. Sabi sa PDOS seminar hindi dapat hawakan ng employer or agency, illegal daw yun sa HK"),
    ("Tito Ben", "Good. At pag may humingi ng bayad na 'utang muna, ikakaltas sa sahod' report mo agad"),
    ("Joy", "Opo. Alam ko na po yung mga red flags \U0001f602 pinakita samin mga sample ng fake job posts"),
    ("Ate Carmi", "Employer pays the ticket, nasa contract. Joy may maliit na ipon para sa medical at NBI"),
    ("Lola Ising", "Ingat ka apo. Tawag ka lagi ha. Dasal ako para sa iyo"),
    ("Joy", "Opo La, video call tayo tuwing Sunday, day off ko \u2764\ufe0f"),
    ("Tita Malou", "Magpadala ka ng pic ng employer mo pag nandun ka na para kilala namin haha"),
    ("Joy", "Hahaha opo. Flight ko March 20!"),
    ("Tito Ben", "Hatid ka namin sa NAIA \U0001f697"),
], group="Dela Cruz Fam \U0001f3e1")

# ---------------------------------------------------------------------------
# Other languages: single posts
# ---------------------------------------------------------------------------
post("es1", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "off_platform"], "es",
     "2026-01-16T10:25:37", "Oportunidades Europa Ya",
     "\u00a1\u00a1SE BUSCAN CHICAS!! \U0001f1ea\U0001f1f8 Trabajo de camareras y animadoras en bar de copas en "
     "Espa\u00f1a. Buena presencia, de 18 a 26 a\u00f1os, sin experiencia. Te pagamos el pasaje y el alojamiento, "
     "despu\u00e9s lo vas devolviendo con tu sueldo, tranquila. Se gana hasta 3000 euros al mes con las "
     "propinas de los clientes \U0001f4b6 Mandanos foto de cuerpo entero y edad por WhatsApp al 555-0139, salimos "
     "de Asunci\u00f3n a fin de mes. Plazas limitadas.",
     recipient="Empleos Paraguay y Exterior (grupo)")

post("es2", 0, ["job_offer", "travel_meet", "money_gifts_debt", "romance"], "es",
     "2026-02-23T12:00:00", "Fundaci\u00f3n Puentes Seguros",
     "\U0001f4e2 \u00bfTe ofrecieron trabajo en el extranjero y te dijeron \u00abel pasaje te lo pagamos y lo "
     "devuelves con tu sueldo\u00bb? \u00bfO \u00abtu novio\u00bb te pide que viajes para ayudarlo con una deuda? "
     "Son frases que usan las redes de trata para captar a mujeres j\u00f3venes. Una oferta real tiene contrato "
     "por escrito antes de viajar y nadie se queda con tu pasaporte. Antes de aceptar, cons\u00faltanos gratis y "
     "de forma confidencial: l\u00ednea 555-0152 o example.com/ayuda. #NoALaTrata #ViajaSegura")

post("pt1", 1, ["job_offer", "travel_meet", "money_gifts_debt", "commercial_sex", "photo_request"], "pt",
     "2026-01-24T21:48:15", "Agenciadora Lu \U0001f451",
     "Oportunidade \u00fanica meninas!! \u2728 Vagas pra dan\u00e7arinas e recepcionistas em casa noturna em "
     "Portugal e Espanha. Passagem e moradia por nossa conta, depois desconta do que voc\u00ea ganhar. Ganho "
     "m\u00e9dio 5 mil euros por m\u00eas, depende de voc\u00ea ser simp\u00e1tica com os clientes \U0001f609 Maiores de "
     "18, sem filhos de prefer\u00eancia. Chama no privado com 3 fotos (uma de biqu\u00edni) que eu te explico tudo. "
     "Sigilo total.", recipient="Vagas & Bicos Goi\u00e2nia (grupo)")

post("pt2", 0, ["job_offer", "money_gifts_debt", "control"], "pt", "2026-03-02T07:30:00", "Jornal do Vale",
     "Opera\u00e7\u00e3o resgata 9 mulheres mantidas em boate no interior. Segundo a pol\u00edcia, as v\u00edtimas, de "
     "20 a 34 anos, foram aliciadas com promessa de emprego como gar\u00e7onetes e recepcionistas, tiveram os "
     "documentos retidos e eram informadas de que deviam valores crescentes por passagem, alimenta\u00e7\u00e3o e "
     "alojamento. Dois suspeitos foram presos. As mulheres recebem acolhimento da rede de assist\u00eancia "
     "social. Den\u00fancias podem ser feitas de forma an\u00f4nima pelo telefone 555-0110.")

post("fr1", 1, ["job_offer", "commercial_sex", "travel_meet", "money_gifts_debt", "secrecy"], "fr",
     "2026-02-05T16:12:48", "Institut Bien-\u00catre Prestige",
     "Recrute jeunes femmes 19-28 ans pour salon de massage \u00e0 Paris \U0001f486\u200d\u2640\ufe0f H\u00e9bergement "
     "assur\u00e9 sur place, billet de train avanc\u00e9 par le salon et rembours\u00e9 sur vos premi\u00e8res "
     "recettes. Pas besoin de dipl\u00f4me ni de papiers, on s'occupe de tout. Client\u00e8le masculine "
     "haut de gamme, tr\u00e8s bonnes r\u00e9mun\u00e9rations selon votre ouverture d'esprit. Discr\u00e9tion exig\u00e9e "
     "et assur\u00e9e. Contact uniquement par message priv\u00e9 avec photo.",
     recipient="Annonces Emploi \u00cele-de-France (groupe)")

post("de1", 0, ["job_offer", "travel_meet"], "de", "2026-01-20T08:40:00", "Pflegebr\u00fccke Rhein-Main gGmbH",
     "Wir suchen Pflegefachkr\u00e4fte aus dem Ausland (m/w/d) f\u00fcr unsere Seniorenzentren in Hessen. Wir "
     "\u00fcbernehmen Anerkennungsverfahren, Sprachkurs B2 und Anreise \u2013 ohne R\u00fcckforderung. Tarifvertrag "
     "vom ersten Tag, unbefristet, 30 Tage Urlaub. Keine Vermittlungsgeb\u00fchren f\u00fcr Bewerberinnen und "
     "Bewerber (Fair-Recruitment-G\u00fctesiegel). Ihre Dokumente bleiben selbstverst\u00e4ndlich bei Ihnen. Infos "
     "und Bewerbung: example.com/pflege")

post("nl1", 1, ["money_gifts_debt", "romance", "commercial_sex", "secrecy", "off_platform", "photo_request"],
     "nl", "2026-02-18T22:03:29", "gentleman_ams_40",
     "Succesvolle zakenman (40+) zoekt leuke, spontane studente voor een 'mutually beneficial' afspraak \U0001f942 "
     "Maandelijkse toelage, shoppen, weekendjes weg, collegegeld geregeld. Jij hoeft alleen gezellig en "
     "discreet te zijn, af en toe ook voor een paar vrienden van me die net zo gul zijn \U0001f609 Vriendje? Geen "
     "probleem, hoeft niemand te weten. Stuur een DM met een paar foto's, daarna verder op Telegram.",
     recipient="public")

post("nl2", 0, ["romance", "money_gifts_debt", "isolation", "control", "commercial_sex"], "nl",
     "2026-01-13T15:00:00", "Politie Wijkteam Zuid",
     "Herken jij de signalen van een loverboy? \U0001f494 Hij overlaadt je met aandacht en cadeautjes, zegt "
     "\u00abjij bent de enige die mij begrijpt\u00bb, zet je langzaam los van vriendinnen en familie en heeft dan "
     "ineens \u00abgrote schulden\u00bb waar jij hem mee moet helpen. Vaak volgt dan de vraag om 'iets' te doen met "
     "zijn vrienden. Dit is uitbuiting, geen liefde. Maak je je zorgen over jezelf of een vriendin? Praat met "
     "de wijkagent of bel anoniem 555-0126. Jij bent niet de schuldige. #loverboys #mensenhandel")

# ---------------------------------------------------------------------------
# Other languages: short conversations, 2-10 messages
# ---------------------------------------------------------------------------
add("es3", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation"], "es", "2026-02-11T09:20:00", [
    (0, "buenos d\u00edas mami. hoy te toca el piso de la calle nueva, el Chino te lleva a las 11"),
    (1, "ok"),
    (0, "ayer te faltaron 3 pa completar. hoy son 10 m\u00ednimo, sin excusas"),
    (1, "es que me sent\u00eda mal, te lo dije"),
    (0, "la deuda no se paga sola eh. van 4200 y con lo de ayer subi\u00f3 la multa"),
    (1, "mi mam\u00e1 me escribi\u00f3 por face, puedo contestarle?", 180),
    (0, "ya hablamos de eso. no le escribes a nadie. si pregunta dile que trabajas en el restaurante y que est\u00e1s bien"),
    (0, "al final del d\u00eda me mandas la plata por el bizum de siempre y me pasas foto del cuaderno", 240),
], pair=("El Jefe", "Yesenia"))

add("es4", 0, [], "es", "2026-03-06T10:45:00", [
    (0, "Hola buenas! Quer\u00eda pedir turno para masaje descontracturante y manicura, \u00bfel s\u00e1bado ten\u00e9s algo?"),
    (1, "\u00a1Hola Flor! El s\u00e1bado tengo 10:30 con Vero para el masaje y despu\u00e9s manicura a las 11:45, \u00bfte sirve?"),
    (0, "Perfecto, s\u00ed. \u00bfCu\u00e1nto sale todo?"),
    (1, "Masaje 60 min $18.000 y semipermanente $9.500. Se se\u00f1a con $5.000 por transferencia al alias del local"),
    (0, "Listo, ya transfer\u00ed. \u00a1Gracias!"),
    (1, "\u00a1Agendado! Te esperamos el s\u00e1bado, cualquier cosa avis\u00e1 con 24 hs \U0001f485"),
], pair=("Flor Gim\u00e9nez", "Spa Lavanda Palermo"))

add("pt3", 1, ["romance", "money_gifts_debt", "commercial_sex", "control", "compliments_trust"], "pt",
    "2026-02-15T23:30:00", [
    (0, "amor t\u00f4 desesperado, os cara que eu devo vieram aqui hoje de novo"),
    (1, "meu Deus Rafa, quanto \u00e9?"),
    (0, "12 mil. se eu n\u00e3o pagar at\u00e9 sexta eles me pegam. s\u00f3 voc\u00ea pode me ajudar, ningu\u00e9m mais liga pra mim"),
    (1, "eu n\u00e3o tenho isso tudo amor, eu ganho 1500 na loja"),
    (0, "eu sei gata. mas um parceiro meu tem um esquema, umas festas de empres\u00e1rio, voc\u00ea s\u00f3 faz companhia pros caras, conversa, bebe, e eles pagam bem"),
    (1, "s\u00f3 companhia?"),
    (0, "\u00e9 r\u00e1pido, ningu\u00e9m vai saber. voc\u00ea me ama ou n\u00e3o? eu fazia qualquer coisa por voc\u00ea"),
    (1, "t\u00e1 bom. s\u00f3 dessa vez"),
    (0, "essa \u00e9 minha mulher \u2764\ufe0f s\u00e1bado o Dudu te busca. e n\u00e3o conta pra Jaque, ela vive querendo separar a gente"),
], pair=("rafa_mk", "bia.santos"))

add("pt4", 0, ["money_gifts_debt", "travel_meet"], "pt", "2026-02-27T19:10:00", [
    (0, "Filha, mandei 300 euros pelo app, deve cair amanh\u00e3 a\u00ed. \u00c9 pra matr\u00edcula e pro g\u00e1s"),
    (1, "Obrigada m\u00e3e \U0001f97a como t\u00e1 a\u00ed em Lisboa? Muito trabalho no restaurante?"),
    (0, "Muito, mas a patroa \u00e9 boa, pagou as horas extras certinho. Em julho eu vou a\u00ed de f\u00e9rias"),
    (1, "Aaaah!! Vou contar os dias. A v\u00f3 t\u00e1 mandando beijo"),
    (0, "Beijo nela. E n\u00e3o gasta tudo com ifood hein \U0001f602"),
], pair=("M\u00e3e", "Larissa"))

add("fr2", 1, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy", "compliments_trust", "control"], "fr",
    "2026-01-09T18:00:00", [
    (0, "Ma petite Mireille! Tu vas bien? Ta maman m'a dit que tu cherches du travail \u00e0 Douala"),
    (1, "Oui grande s\u0153ur, rien du tout ici, je tourne en rond"),
    (0, "Viens en France. Ma patronne a un salon de coiffure \u00e0 Lyon, elle cherche une fille de confiance. Elle paie ton billet et tes papiers"),
    (1, "Vraiment? Mais je dois rembourser comment?"),
    (0, "Tu rembourses petit \u00e0 petit quand tu travailles. Moi j'ai fini en deux ans. Elle garde ton passeport pour les d\u00e9marches, c'est normal ici"),
    (1, "Je dois en parler \u00e0 maman d'abord"),
    (0, "Non non, ne dis rien \u00e0 tata pour l'instant, elle va bloquer. Tu lui fais la surprise quand tu envoies le premier argent. Tu me fais confiance ou pas?"),
    (1, "Oui je te fais confiance"),
    (0, "Bien. Le monsieur qui s'occupe du voyage va t'appeler. Fais tout ce qu'il dit et ne pose pas trop de questions \U0001f60a"),
], pair=("Carine_Lyon", "Mireille.N"))

add("fr3", 0, ["job_offer", "travel_meet", "money_gifts_debt", "control"], "fr", "2026-02-19T20:22:00", [
    (0, "Yasmine, regarde \u00e7a: 'h\u00f4tesse d'accueil \u00e0 Duba\u00ef, 4000\u20ac/mois, billet pay\u00e9, rembours\u00e9 sur salaire, logement avec d'autres filles'. C'est s\u00e9rieux tu crois?"),
    (1, "Franchement \u00e7a sent mauvais. Billet 'avanc\u00e9' + logement impos\u00e9 + pas de nom d'entreprise = gros drapeau rouge"),
    (0, "Ils disent qu'ils gardent le passeport 'pour le visa'"),
    (1, "Alors l\u00e0 c'est non. Aucun employeur s\u00e9rieux ne garde ton passeport. C'est exactement ce qu'ils montraient dans la campagne de pr\u00e9vention \u00e0 la fac"),
    (0, "T'as raison. Je signale le compte et je bloque"),
    (1, "Oui et si tu veux bosser \u00e0 l'\u00e9tranger, passe par les offres officielles, avec contrat sign\u00e9 avant de partir \U0001f64f"),
    (0, "Merci ma belle, t'es la meilleure"),
], pair=("Ines_B", "Yasmine.k"))

add("de2", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation", "travel_meet"], "de",
    "2026-02-24T10:30:00", [
    (0, "Ab heute bist du in der Pension am Bahnhof, Zimmer 4. Taxi holt dich um 12"),
    (1, "Und die anderen M\u00e4dchen?"),
    (0, "Geht dich nix an. Bis Sonntag will ich 1500 sehen, sonst bleibst du noch eine Woche"),
    (1, "Du hast gesagt, nach dem Hotel-Job ist alles bezahlt"),
    (0, "Hotel war nix f\u00fcr dich. Deine Schulden sind jetzt 6000, Reise, Wohnung, Anwalt f\u00fcr die Papiere. Pass bleibt bei mir, bis alles weg ist"),
    (1, "Kann ich wenigstens meine Schwester anrufen?"),
    (0, "Sonntag, mit meinem Handy, 5 Minuten, und du sagst, dass es dir gut geht. Jetzt pack deine Sachen"),
], pair=("Manager Sasha", "Elena"))

add("de3", 0, ["money_gifts_debt"], "de", "2026-01-28T21:15:00", [
    (0, "Lea, sorry f\u00fcr den Stress, kann ich die 200 f\u00fcr die Miete erst am 5. zur\u00fcckgeben? Gehalt kommt sp\u00e4ter"),
    (1, "Klar, kein Ding. Ich hab dir ja gesagt, eilt nicht"),
    (0, "Du bist die Beste \U0001f64f Und meine Cousine darf wirklich die Woche bei uns auf der Couch pennen?"),
    (1, "Ja nat\u00fcrlich, ich hab Spind freigemacht. Sie soll nur den Schl\u00fcssel nicht verlieren wie du letztes Mal \U0001f602"),
    (0, "Haha nie wieder. Ich koch am Freitag f\u00fcr alle"),
], pair=("Mara (WG)", "Lea"))

add("nl3", 1, ["romance", "money_gifts_debt", "commercial_sex", "isolation", "compliments_trust", "secrecy"], "nl",
    "2026-02-08T20:40:00", [
    (0, "schatje ben je thuis? ik moet je wat vertellen"),
    (1, "ja wat is er? je klinkt raar"),
    (0, "ik zit echt diep in de shit. ik heb 8k schuld bij gasten die niet lachen. jij bent de enige die ik vertrouw"),
    (1, "wat?? hoe kan ik helpen, ik heb maar 300 op mn rekening"),
    (0, "een vriend van me heeft werk voor je, paar avonden gezellig doen met zakenmannen in een appartement. goed geld, niks ergs"),
    (1, "gezellig doen? ik snap niet wat je bedoelt"),
    (0, "doe niet zo moeilijk, ik zou het ook voor jou doen. en zeg niks tegen Sanne of je moeder, die snappen ons toch niet"),
    (1, "ok.. als het echt maar een paar keer is"),
    (0, "jij bent echt mijn alles \u2764\ufe0f morgen om 8 pikt Ray je op bij het station"),
], pair=("jayden.010", "noaa_x"))

add("nl4", 0, ["job_offer", "travel_meet", "money_gifts_debt"], "nl", "2026-03-01T09:00:00", [
    (1, "Goedemorgen, ik heb gereageerd op de vacature voor oogstmedewerker in de kassen in het Westland. Klopt het dat huisvesting geregeld is?"),
    (0, "Goedemorgen Katarzyna! Ja, via ons bureau, SNF-gecertificeerd. Je betaalt max. 25% huur via inhouding, netjes op je loonstrook"),
    (1, "Moet ik iets vooruit betalen voor de reis of bemiddeling?"),
    (0, "Nee, bemiddeling is in Nederland verboden om bij werknemers te rekenen. De bus vanuit Polen vergoeden we na 4 weken werk"),
    (1, "En mijn paspoort, moet ik die afgeven?"),
    (0, "Nee, wij maken alleen een kopie voor de ID-check, het origineel houd je zelf. Je krijgt het contract vooraf in het Pools en Nederlands per mail"),
    (1, "Super, dank u wel. Dan teken ik vandaag"),
], pair=("Uitzendbureau Groen & Co", "Katarzyna W."))

# ---------------------------------------------------------------------------
# Other languages: long conversations, 11-30 messages
# ---------------------------------------------------------------------------
add("es5", 1, ["job_offer", "compliments_trust", "travel_meet", "money_gifts_debt", "control", "commercial_sex",
               "isolation", "secrecy"], "es", "2026-01-04T17:00:00", [
    (0, "Holaaa Daya, \u00bfc\u00f3mo vas mija? Vi que dejaste lo del call center"),
    (1, "Ay Karen s\u00ed, me echaron. Ando buscando algo pero Pereira est\u00e1 muy duro"),
    (0, "Pues mir\u00e1, en el restaurante donde yo trabajo en Madrid necesitan meseras. Se gana en euros, mija, en euros \U0001f4b6"),
    (1, "\u00bfEn serio? \u00bfY los papeles?"),
    (0, "El due\u00f1o, don Julio, te presta pa'l tiquete y la bolsa de viaje pa' que pases migraci\u00f3n como turista. Despu\u00e9s le vas pagando"),
    (1, "\u00bfY cu\u00e1nto ser\u00eda?"),
    (0, "Ay no s\u00e9 exacto, \u00e9l te dice. Yo lo pagu\u00e9 rapidito. Vos sos linda y pilosa, te va a ir s\u00faper"),
    (1, "Me da miedo dejar a mi hijo con mi mam\u00e1"),
    (0, "Es por \u00e9l que lo hac\u00e9s, \u00bfs\u00ed o qu\u00e9? Eso s\u00ed, no le cont\u00e9s a nadie del barrio, la gente es muy envidiosa y se riega el chisme"),
    (1, "Llegu\u00e9!! Karen, \u00bfd\u00f3nde est\u00e1s? Aqu\u00ed un se\u00f1or me recogi\u00f3 y me trajo a un piso, no a un restaurante", 14400),
    (0, "Tranqui, ese es Toni, trabaja con don Julio. Dale el pasaporte que \u00e9l lo guarda"),
    (1, "Me dijo que la deuda es de 5000 euros y que aqu\u00ed se trabaja por 'plazas' de 21 d\u00edas, atendiendo se\u00f1ores. Vos sab\u00edas??", 600),
    (0, "Daya no me hag\u00e1s drama. Todas empezamos as\u00ed. En dos o tres plazas ya sal\u00eds de eso y mand\u00e1s plata pa'l ni\u00f1o"),
    (1, "Vos me dijiste mesera"),
    (0, "Y vas a ser mesera cuando pagues. Toni dice que ma\u00f1ana te vas a otro piso en Valencia. No salg\u00e1s sola y no le escrib\u00e1s a tu mam\u00e1 desde el celular de \u00e9l"),
    (1, "Quiero devolverme"),
    (0, "\u00bfCon qu\u00e9 plata? Hac\u00e9 caso y te va bien. Y borr\u00e1 estos mensajes"),
], pair=("Karen_Mad", "Dayana R."))

add("pt5", 0, ["job_offer", "romance", "money_gifts_debt", "control", "travel_meet"], "pt",
    "2026-02-13T19:30:00", [
    ("Mediadora Cl\u00e1udia", "Boa noite, meninas \U0001f49c Bem-vindas ao encontro online de quinta. Lembrem: o que se fala aqui fica aqui"),
    ("Fernanda", "Boa noite! Semana boa. Consegui a vaga de auxiliar de cozinha, carteira assinada \U0001f62d"),
    ("Mediadora Cl\u00e1udia", "Que not\u00edcia maravilhosa, Fe! Lembro de voc\u00ea chegando aqui com medo at\u00e9 de abrir conta no banco"),
    ("Fernanda", "Pois \u00e9. Quando me levaram pra Espanha disseram que era pra trabalhar de bab\u00e1. Hoje eu sei que aquilo tinha nome"),
    ("Rosana", "Eu ainda tenho pesadelo com a palavra 'd\u00edvida'. Ele repetia todo dia que eu devia a passagem"),
    ("Mediadora Cl\u00e1udia", "Isso \u00e9 muito comum, Rosana. A psic\u00f3loga Marta pode marcar mais sess\u00f5es pra voc\u00ea, quer que eu pe\u00e7a?"),
    ("Rosana", "Quero sim, obrigada"),
    ("Jana\u00edna", "Oi, sou nova. Minha hist\u00f3ria come\u00e7ou com um namorado que 'precisava de ajuda'. Ainda n\u00e3o consigo falar muito"),
    ("Fernanda", "Seja bem-vinda, Jana\u00edna. Aqui ningu\u00e9m te apressa \U0001f917"),
    ("Mediadora Cl\u00e1udia", "Bem-vinda! Na ter\u00e7a tem atendimento com a defensoria p\u00fablica pra quem precisa regularizar documentos. Te mando o endere\u00e7o no privado"),
    ("Jana\u00edna", "Obrigada. Eu tive os documentos retidos, preciso tirar tudo de novo"),
    ("Rosana", "A defensoria me ajudou com isso, \u00e9 de gra\u00e7a. Vai sim"),
    ("Mediadora Cl\u00e1udia", "At\u00e9 quinta que vem, meninas. Cuidem-se e bebam \u00e1gua \U0001f33b"),
], group="Grupo Recome\u00e7o \u2013 apoio entre sobreviventes")

add("fr4", 1, ["compliments_trust", "vulnerability", "travel_meet", "money_gifts_debt", "control", "commercial_sex",
               "isolation", "off_platform", "photo_request"], "fr", "2026-02-01T22:10:00", [
    (0, "wsh t'as l'air en gal\u00e8re sur ta story, t ok?"),
    (1, "ma daronne m'a mise dehors, j'ai 19 ans et je dors chez une pote mais \u00e7a va pas durer"),
    (0, "s\u00e9rieux? t'es trop belle pour dormir sur un canap\u00e9. moi j'ai un appart \u00e0 Marseille, tu peux venir poser le temps de te refaire"),
    (1, "t'es s\u00e9rieux? je te connais m\u00eame pas"),
    (0, "je suis un mec bien tkt. je te prends le billet de train. on parle sur snap c'est mieux, envoie moi une photo de toi qu'on te reconnaisse \u00e0 la gare"),
    (1, "ok je suis dans le train", 2880),
    (0, "parfait ma belle. l'appart c'est au 3e, y'a deux autres filles, elles sont gentilles"),
    (1, "merci pour tout, vraiment \U0001f97a", 300),
    (0, "de rien. par contre faut qu'on parle: le billet, la bouffe, le loyer, \u00e7a fait 1200 d\u00e9j\u00e0. faut que tu m'aides", 4320),
    (1, "je cherche un taf, j'ai postul\u00e9 au Kebab en bas"),
    (0, "laisse le kebab. les filles font des annonces, des 'massages' \u00e0 l'appart, tu fais pareil quelques jours et t'es tranquille"),
    (1, "non je fais pas \u00e7a moi"),
    (0, "tu fais pas \u00e7a mais tu dors chez moi et tu manges ma bouffe? c'est 5 rendez-vous par jour, Sarah g\u00e8re le t\u00e9l\u00e9phone et l'argent tu me le donnes le soir"),
    (1, "je veux rentrer chez ma pote"),
    (0, "rentre avec quoi? ton t\u00e9l\u00e9phone je l'ai pris pour \u00ab la s\u00e9curit\u00e9 \u00bb. tu parles \u00e0 personne dehors et tout se passe bien"),
], pair=("snap_k4rim13", "lou.bby"))

add("fr5", 0, ["job_offer", "travel_meet", "money_gifts_debt"], "fr", "2026-01-18T14:00:00", [
    (1, "Bonjour, j'ai vu votre annonce pour pr\u00e9pos\u00e9e aux b\u00e9n\u00e9ficiaires dans une r\u00e9sidence au Qu\u00e9bec. Je suis aide-soignante \u00e0 Abidjan"),
    (0, "Bonjour Madame Kon\u00e9, merci de votre int\u00e9r\u00eat. Nous sommes une agence de recrutement titulaire d'un permis de la CNESST. Le recrutement est enti\u00e8rement gratuit pour les candidates"),
    (1, "Une personne m'a dit qu'il faut payer 2 millions de FCFA pour le dossier"),
    (0, "Ne payez personne. La loi interdit aux agences de facturer les travailleurs. Si on vous demande de l'argent, c'est une arnaque"),
    (1, "D'accord. Comment se passe la suite?"),
    (0, "Entrevue vid\u00e9o avec l'employeur, puis offre d'emploi \u00e9crite et contrat sign\u00e9 avant la demande de permis de travail. Vous recevez une copie en fran\u00e7ais"),
    (1, "Et le billet d'avion?"),
    (0, "Pay\u00e9 par l'employeur, sans remboursement. C'est une obligation du programme"),
    (1, "Le logement?"),
    (0, "L'employeur vous aide \u00e0 trouver un logement la premi\u00e8re fois; le loyer est \u00e0 votre charge, montant fix\u00e9 dans le contrat, jamais plus de ce qui est \u00e9crit"),
    (1, "Et mon passeport, je dois vous l'envoyer?"),
    (0, "Non, jamais. Vous gardez votre passeport. Nous avons seulement besoin d'une copie num\u00e9ris\u00e9e"),
    (1, "Merci, je vous envoie mon CV et mon dipl\u00f4me aujourd'hui"),
], pair=("Recrutement Boreal Sant\u00e9", "Awa Kon\u00e9"))

add("de4", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "commercial_sex", "isolation",
               "compliments_trust"], "de", "2026-01-10T12:00:00", [
    (0, "Hallo Ioana, ich bin Florin, der Freund von deinem Cousin Mihai. Er sagt, du sprichst gut Deutsch?"),
    (1, "Hallo! Ja, ich hatte Deutsch in der Schule. Worum geht's?"),
    (0, "Ein Hotel in Tirol sucht Zimmerm\u00e4dchen f\u00fcr die Skisaison. 1800 netto, Zimmer und Essen frei"),
    (1, "Klingt gut! Gibt es einen Vertrag?"),
    (0, "Ja klar, unterschreibst du dort beim Chef. Die Fahrt zahle ich vorerst, das rechnen wir sp\u00e4ter mit dem Lohn ab"),
    (1, "Okay, super. Mihai hat gesagt, du bist korrekt"),
    (0, "Bin ich \U0001f60a Du bist h\u00fcbsch und freundlich, der Chef wird dich m\u00f6gen. Sag einfach, du f\u00e4hrst zum Arbeiten nach \u00d6sterreich, mehr muss keiner wissen"),
    (1, "Florin, das ist kein Hotel. Das ist eine Bar mit Zimmern oben und der Mann heisst nicht Chef sondern Boss", 4320),
    (0, "Das Hotel hat abgesagt, Pech. Hier verdienst du mehr. Du setzt dich zu den G\u00e4sten, Getr\u00e4nke, und wenn einer nach oben will, gehst du mit"),
    (1, "Das mache ich nicht. Ich will zur\u00fcck"),
    (0, "Zur\u00fcck mit welchem Geld? Fahrt, Vermittlung, Zimmer: 3500 Euro. Und deinen Ausweis hat der Boss f\u00fcr die Anmeldung"),
    (1, "Ich rufe Mihai an"),
    (0, "Mihai wei\u00df Bescheid. Und deine Mutter muss nicht wissen, was du hier machst, oder? Bleib ruhig, mach deine Abende, in zwei Monaten ist alles bezahlt"),
    (1, "Wie viele Abende"),
    (0, "Jeden Abend. Der Boss will 400 pro Nacht sehen. Handy gibst du um 20 Uhr an der Bar ab"),
], pair=("Florin_T", "Ioana P."))

add("de5", 0, ["job_offer", "travel_meet", "money_gifts_debt", "control", "romance"], "de",
    "2026-02-16T11:00:00", [
    (1, "Hallo, ist das die Beratung f\u00fcr Frauen mit Arbeitsangeboten aus dem Ausland? Ich bin nicht sicher, ob ich hier richtig bin"),
    (0, "Hallo, ja, hier sind Sie richtig. Ich bin Frau Kessler von der Fachberatungsstelle. Alles, was Sie schreiben, bleibt vertraulich. Wie kann ich helfen?"),
    (1, "Ein Bekannter bietet meiner Schwester in Bulgarien einen Job als Kellnerin in Hamburg an. Er zahlt den Bus, sie zahlt sp\u00e4ter zur\u00fcck. Ist das seri\u00f6s?"),
    (0, "Gut, dass Sie nachfragen. Ein vorgestreckter Bus ist allein noch kein Beweis, aber ich w\u00fcrde ein paar Dinge pr\u00fcfen. Gibt es einen Arbeitsvertrag und den Namen des Lokals?"),
    (1, "Er sagt, den Vertrag gibt es erst hier. Und der Name ist 'noch geheim'"),
    (0, "Das sind Warnzeichen. Seri\u00f6se Arbeitgeber nennen Firma und Adresse und schicken den Vertrag vorher"),
    (1, "Er hat auch gesagt, er bewahrt ihren Pass auf, damit er nicht verloren geht"),
    (0, "Niemand darf den Pass einer anderen Person einbehalten. Dieser Satz geh\u00f6rt zu den typischen Anwerbe-Maschen, genau wie 'sag deiner Familie erst etwas, wenn du angekommen bist'"),
    (1, "Das hat er auch gesagt... Oh Gott"),
    (0, "Bitte keine Panik. Ihre Schwester kann sich kostenlos an unsere Partnerorganisation in Sofia wenden, ich schicke Ihnen die Kontaktdaten. Und wenn sie legal hier arbeiten m\u00f6chte, k\u00f6nnen wir gemeinsam seri\u00f6se Stellen ansehen"),
    (1, "Danke. Soll ich zur Polizei?"),
    (0, "Wenn Sie m\u00f6chten, begleiten wir Sie. Sichern Sie bitte die Nachrichten des Mannes als Screenshots. Sie k\u00f6nnen mich hier jederzeit wieder anschreiben"),
    (1, "Vielen Dank, Frau Kessler"),
], pair=("Beratung Kessler", "Milena D."))


# ---------------------------------------------------------------------------
# Write
# ---------------------------------------------------------------------------
def main():
    ids = [it["id"] for it in ITEMS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe%s.jsonl" % NN)
    with open(out, "w", encoding="utf-8") as fh:
        for it in ITEMS:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(ITEMS), out))


if __name__ == "__main__":
    main()
