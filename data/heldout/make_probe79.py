#!/usr/bin/env python3
"""Deterministic generator for blind probe set p79 (lurewatch).
Writes probe79.jsonl next to this script. Standard library only, no randomness."""
import json
import os
from datetime import datetime, timedelta

ITEMS = []


def add(iid, label, codes, start, people, msgs, group=None, lang="en"):
    """people: key -> display name. msgs: tuples (key, text[, gap_minutes[, recipient]]).
    With two people the recipient is the other one; with `group` it is the group/public."""
    t = datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
    out = []
    for i, m in enumerate(msgs):
        who, text = m[0], m[1]
        gap = m[2] if len(m) > 2 else None
        if i > 0:
            if gap is not None:
                t += timedelta(minutes=gap)
            else:
                t += timedelta(seconds=35 + (len(text) * 7 + i * 13) % 190)
        if len(m) > 3 and m[3]:
            rcpt = m[3]
        elif group:
            rcpt = group
        else:
            others = [n for k, n in people.items() if k != who]
            rcpt = others[0]
        out.append({"sender": people[who], "recipient": rcpt,
                    "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
    ITEMS.append({"id": "p79-" + iid, "label": label, "codes": codes,
                  "lang": lang, "messages": out})


# ---------------------------------------------------------------------------
# ENGLISH POSITIVES - short (1-3 messages)
# ---------------------------------------------------------------------------

add("en1", 1, ["commercial_sex", "risk_assessment", "meeting"], "2026-01-09T21:14:05Z",
    {"A": "sweet_cherry_bne"}, [
        ("A", "✨NEW in Brissie this wk only✨ 🍒 sweet petite hostess, early 20s, fun & genuine 💋 "
              "in/out 🏨🚗 roses only 🌹 no haggling, no timewasters, NO LE 🚫👮 "
              "txt only 555-0117, screening req'd. late arvo til late 🌙"),
    ], group="public")

add("en2", 1, ["sextortion", "money_gifts_debt", "control"], "2026-02-11T01:42:19Z",
    {"A": "nightfall.kay", "B": "tyler.b09"}, [
        ("A", "look at ur dms. i screen recorded everything. got ur whole follower list saved, ur mom, ur coach, the whole JV team"),
        ("B", "bro what?? pls delete it im 15 i didnt think"),
        ("A", "$300 in steam cards by 9pm. send the codes here. block me and it goes out to everyone in 1 click. clock is ticking ⏳"),
    ])

add("en3", 1, ["money_gifts_debt", "vulnerability", "off_platform", "secrecy", "photo_request", "commercial_sex"],
    "2025-10-03T19:07:44Z",
    {"A": "gent_in_mayfair", "B": "millie.uni"}, [
        ("A", "Hi Millie, saw your post on the Leeds freshers page about struggling with rent 🙈 I'm a successful, busy "
              "businessman looking for a mutually beneficial arrangement with a bright student. £500 a week allowance, "
              "dinners and company to start, discretion both ways. Interested?"),
        ("A", "I don't do long chats on here - add me on tele, gent_m_arrangements. Send a couple of recent photos first so I know you're real x", 2),
    ])

add("en4", 1, ["control", "money_gifts_debt", "commercial_sex", "isolation"], "2025-12-14T23:51:02Z",
    {"M": "Madam Joy", "B": "Blessing"}, [
        ("M", "Blessing this week you bring only 300?? You know say you still owe me 38k euro. Remember the oath you swear for Benin before you travel."),
        ("B", "madam the road is cold, no customers, i beg"),
        ("M", "I no want story. If you run or you go that church woman again, your mama for village go answer am. From today your phone dey stay with Kingsley for night."),
    ])

add("en5", 1, ["job_offer", "compliments_trust", "age_probe", "photo_request", "secrecy", "off_platform", "travel_meet"],
    "2026-03-01T10:22:31Z",
    {"A": "StarHunt PH Talent (official)", "B": "beaxrose_"}, [
        ("A", "Hi Bea! 🌟 Talent scout po ako from StarHunt Manila, saw ur TikTok and grabe ang ganda ng face mo, pang-commercial talaga! How old ka na po?"),
        ("B", "omg talaga po?? 14 po ako hehe"),
        ("A", "Perfect age 😍 For the shortlist send full body pics sa private acc ko ha, wag mo muna sabihin kay mommy, surprise natin pag pasok ka na. Then free test shoot sa Makati, sunduin kita 💕"),
    ])

# ---------------------------------------------------------------------------
# ENGLISH POSITIVES - medium (6-20 messages)
# ---------------------------------------------------------------------------

add("en6", 1, ["money_gifts_debt", "compliments_trust", "age_probe", "risk_assessment", "off_platform", "exclusivity", "secrecy"],
    "2026-01-17T22:03:10Z",
    {"A": "xX_DrillSgt_Xx", "B": "mason.builds"}, [
        ("A", "gg ur actually cracked at obby for real"),
        ("B", "lol thx i practice alot"),
        ("A", "u want me to gift u the jetpack gamepass? got extra bux from my job"),
        ("B", "wait fr?? yes pls"),
        ("A", "done ✅ check inv. how old r u anyway, u type older than most ppl on here"),
        ("B", "11 almost 12"),
        ("A", "mature for 11 ngl. ur parents let u play this late?"),
        ("B", "my mom works nights so yeah"),
        ("A", "nice. chat on here gets filtered and mods are annoying. u got discord? i can add u to my private server, only cool ppl"),
        ("B", "i can make one"),
        ("A", "make it and dont put ur real pic on it. and dont mention the bux thing to ur mom she'll think its weird. its just our thing"),
        ("B", "ok lol"),
    ])

add("en7", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy", "isolation", "vulnerability", "age_probe"],
    "2025-11-20T17:35:00Z",
    {"A": "Agent Mercy (Global Shine Placements)", "W": "Wanjiru"}, [
        ("W", "Good evening madam, I got your number from the Facebook group Jobs Abroad Kenya. I am interested in the housemaid job in Saudi"),
        ("A", "Good evening dear. Yes slots are there. Salary is 45k per month, food and accommodation free. How old are you and are you married?"),
        ("W", "I am 23, single, I have one child who stays with my mother in Nyeri"),
        ("A", "Good. You don't need to pay anything now, the employer advances your ticket, medical and visa. It will be deducted from your salary slowly."),
        ("W", "Ah that is good because I don't have money. How much will be deducted?"),
        ("A", "Don't worry about that now, sponsor will explain. Bring your passport and ID to our office in Eastleigh on Monday, we keep them for processing."),
        ("W", "Will I get them back before travelling?"),
        ("A", "Once you land the sponsor keeps the passport for safety, that's how it works there. Many girls have gone, no problem."),
        ("W", "My cousin said the NEA website lists registered agencies, are you registered?"),
        ("A", "We are under a bigger agency, that list is not updated. Also don't tell too many people, the slots will be taken by others 😊"),
        ("W", "Ok. What about the contract?"),
        ("A", "You sign at the airport. Also bring 5,000 for medical clearance and I will give you a line to use there. Use only that one."),
        ("W", "I thought there was no payment"),
        ("A", "That one is small, it's just processing. Monday 9am, come alone, don't bring relatives they delay things."),
    ])

add("en8", 1, ["romance", "money_gifts_debt", "commercial_sex", "isolation", "secrecy", "control", "meeting", "vulnerability"],
    "2025-09-12T21:48:27Z",
    {"D": "Dean", "A": "Aoife"}, [
        ("D", "hey gorgeous, you get home ok? your da didn't kick off?"),
        ("A", "he did 🙄 grounded again. he says you're too old for me"),
        ("D", "he doesn't get us. nobody treats you like I do"),
        ("A", "I know. thanks for the runners btw, I love them"),
        ("D", "you deserve nice things babe. listen I'm in a bit of bother, owe a lad a few grand from the car thing", 1300),
        ("A", "omg is it serious"),
        ("D", "it's grand if we sort it together. he said you could help clear it, he just wants company at a party saturday, few of his mates"),
        ("A", "like what kind of company"),
        ("D", "just be nice to them, have a few drinks, be yourself. you'd be doing it for us"),
        ("A", "I dunno Dean I feel weird about it"),
        ("D", "after all I've done for you? the phone, the runners, the taxis? I thought you loved me"),
        ("A", "I do love you"),
        ("D", "then prove it. tell your ma you're staying at Niamh's. and don't say anything to Niamh either, she's a mouth"),
        ("A", "ok"),
        ("D", "good girl. wear the dress I got you. I'll collect you outside the Spar at 8"),
        ("A", "ok x"),
    ])

add("en9", 1, ["sextortion", "photo_request", "money_gifts_debt", "control", "secrecy"],
    "2026-02-06T03:12:48Z",
    {"E": "ethan_k.hockey", "S": "sophie.lyn_"}, [
        ("E", "so remember that pic u sent me last night"),
        ("S", "yeah? u said u deleted it"),
        ("E", "i lied lol. i have it saved + screenshots of our whole chat"),
        ("S", "ethan what?? thats not funny"),
        ("E", "not ethan. and its not a joke. i need 3 more pics, the kind i tell u, by tonight"),
        ("S", "no. im blocking u"),
        ("E", "block me and it goes to ur school group chat and every follower u got. i already have the list, ur mom is on there too"),
        ("S", "please im only 14 please dont"),
        ("E", "then do what i say. or $200 on a gift card if u prefer. u got 1 hour. tell anyone and i post it instantly"),
        ("S", "i dont have money"),
    ])

add("en10", 1, ["job_offer", "compliments_trust", "money_gifts_debt", "secrecy", "isolation", "travel_meet", "photo_request", "off_platform", "meeting"],
    "2025-08-22T12:30:15Z",
    {"R": "Rohit | Glamour Face Casting", "A": "Ananya"}, [
        ("R", "Hello Ananya ji, this is Rohit from Glamour Face Casting, Mumbai. We saw your reels, you have a very fresh face for the upcoming web series & jewellery ad."),
        ("A", "Hi! thank you so much. is it a real audition?"),
        ("R", "100% genuine, we have worked with big banners. First you need portfolio shoot, registration charges only ₹8,500 which is refundable after selection"),
        ("A", "okay... I'm 17 though, will that be a problem?"),
        ("R", "No problem at all, age is just documentation, we will manage. Don't involve parents now, they will create unnecessary tension, tell them after selection 😊"),
        ("A", "where is the shoot?"),
        ("R", "Andheri, our studio is in a hotel. We will book room for you for 2 days, producer will also meet you personally there."),
        ("A", "should I bring my mom or a friend"),
        ("R", "Alone is better, producers don't like crowd. Also send 4-5 pics in western dress on WhatsApp for producer approval. Number is 555-0162"),
        ("A", "ok I'll send"),
        ("R", "And be flexible with the producer, industry works on adjustment. Girls who are open get big roles fast."),
        ("A", "what do you mean adjustment?"),
    ])

add("en11", 1, ["job_offer", "commercial_sex", "travel_meet", "money_gifts_debt", "secrecy", "photo_request", "age_probe"],
    "2026-01-25T08:15:00Z",
    {"J": "jaz.vip.hosting", "C": "chloe_m.gc"}, [
        ("J", "📣 HIRING girls 18+ for VIP hostess work 🥂 private yacht parties & corporate events, $2k+ per weekend, "
              "flights & accom covered 🛫 must be bubbly, open-minded & discreet 🤫 DM for details", None,
         "Gold Coast Uni Jobs & Gigs"),
        ("C", "hey saw your post, what does the hostess work actually involve?", 190),
        ("J", "hey babe 💕 just keeping the guests happy, chatting, drinks, having fun. some clients tip extra for extra time, thats between u and them 😉"),
        ("C", "what kind of extra time?"),
        ("J", "whatever ur comfy with hun no pressure. most girls make way more than 2k. send me 3 pics (1 face, 2 full length) + ur age"),
        ("C", "I'm 19. is there a contract or ABN stuff?"),
        ("J", "nah its all cash, easier for everyone 😘 first trip is Bali next month, we book ur flight, u pay it back outta ur first weekend"),
        ("J", "oh and keep it quiet from ur bf or fam, ppl judge. see u soon x", 3),
    ])

add("en12", 1, ["compliments_trust", "age_probe", "vulnerability", "isolation", "risk_assessment", "secrecy", "exclusivity", "photo_request"],
    "2025-11-04T23:26:40Z",
    {"J": "jordan.wav", "L": "lily_ann.x"}, [
        ("J", "ur art on ur story is sooo good did u draw the wolf?"),
        ("L", "yeah! thank u 🥹"),
        ("J", "ur way more talented than ppl at my school. what grade r u in"),
        ("L", "8th. u?"),
        ("J", "im a senior. but ur honestly more mature than girls my age lol"),
        ("L", "haha idk about that"),
        ("J", "fr. u seemed sad on ur story last night tho, u ok?"),
        ("L", "my parents were fighting again. they never listen to me"),
        ("J", "that sucks. u can always talk to me, i actually get u. better than they do"),
        ("L", "thank u 💜"),
        ("J", "do ur parents check ur phone?"),
        ("L", "sometimes my mom does"),
        ("J", "ok maybe turn on disappearing msgs for us then. dont want her reading our convos and getting the wrong idea"),
        ("L", "ok"),
        ("J", "ur my favorite person to talk to ngl. can i see what u look like rn? just for me 🙈"),
    ])

add("en13", 1, ["control", "commercial_sex", "isolation", "money_gifts_debt"],
    "2025-12-20T22:04:11Z",
    {"K": "K", "T": "Tash"}, [
        ("K", "where r u. u was meant to check in at 10"),
        ("T", "sorry phone died, im at the hotel still"),
        ("K", "send ur live location now. not a screenshot"),
        ("T", "sent"),
        ("K", "how much u done tonite"),
        ("T", "4 so far. 380"),
        ("K", "target was 600. u aint coming back til its done. and stop replying to ur nan on fb i seen it"),
        ("T", "she's ill tho"),
        ("K", "not my problem. u chose this family. bring the phone to me when ur back, u dont need it at night"),
    ])

add("en14", 1, ["commercial_sex", "money_gifts_debt", "vulnerability", "travel_meet", "secrecy", "photo_request", "compliments_trust"],
    "2026-02-19T20:40:02Z",
    {"C": "Chief Adeyemi", "T": "temi_unilag"}, [
        ("C", "Good evening beautiful. I saw you at the Lekki event. You are a student at UNILAG abi?"),
        ("T", "Good evening sir. Yes, 200 level"),
        ("C", "Very intelligent. I like girls who are focused. How are you managing with hostel and school fees?"),
        ("T", "It's not easy sir. my dad lost his job"),
        ("C", "Don't worry yourself. I can take care of your rent and send you monthly allowance. 150k to start. New iPhone if you're a good girl 😊"),
        ("T", "Wow sir. what would I do"),
        ("C", "Just be available when I'm in Lagos. Keep me company, travel with me to Abuja sometimes. Hotel everything on me."),
        ("T", "Only company?"),
        ("C", "We are adults now. We'll see how it goes 😉 I have friends who are also generous, I can introduce you"),
        ("T", "ok sir"),
        ("C", "Delete this chat after reading, I'm a married man with a reputation. Send your account number and a nice picture in that red dress"),
    ])

# ---------------------------------------------------------------------------
# ENGLISH POSITIVES - long (25-70 messages)
# ---------------------------------------------------------------------------

add("en15", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "risk_assessment", "secrecy", "off_platform", "photo_request", "exclusivity", "isolation"],
    "2025-10-14T18:05:33Z",
    {"V": "VexSquad_Ty", "A": "alfie_ttv"}, [
        ("V", "gg that last circle was mental"),
        ("A", "ikr i nearly got sniped"),
        ("V", "ur building is insane for ur age. how long u been playing"),
        ("A", "like 2 years"),
        ("V", "how old r u if u dont mind me asking"),
        ("A", "12"),
        ("V", "no way, u play better than my mates and theyre like 25 lol"),
        ("A", "haha thx"),
        ("V", "wanna duo again tmrw after school?"),
        ("A", "yeah if my mum lets me"),
        ("V", "u on?", 1410),
        ("A", "yeah for an hour then tea"),
        ("V", "sick. got u the new skin bundle btw, check ur gifts"),
        ("A", "WAIT WHAT thats like 20 quid"),
        ("V", "dont worry bout it, ur my duo now 💯"),
        ("A", "thank u so much"),
        ("V", "does ur mum check what u get sent on here?"),
        ("A", "nah she doesnt really know how it works"),
        ("V", "good lol. best not mention the skin, parents get weird about gifts from online ppl, they dont get gaming mates"),
        ("A", "yeah true"),
        ("V", "game chat keeps cutting out, u got snap or insta? easier to talk", 2890),
        ("A", "i got snap but im not meant to"),
        ("V", "haha ur secret's safe with me. add vex.ty.x"),
        ("A", "added"),
        ("V", "ur mint. who do u share a room with"),
        ("A", "no one i have my own room"),
        ("V", "nice. u up late usually?"),
        ("A", "sometimes when mums asleep"),
        ("V", "send us a pic of ur setup with u in it, wanna see what my duo looks like 😂"),
        ("A", "lol ok"),
        ("V", "and clear our chat after yeah, ur mum might see it and stop u playing with me"),
        ("A", "ok"),
    ])

add("en16", 1, ["romance", "vulnerability", "travel_meet", "money_gifts_debt", "age_probe", "commercial_sex", "control", "isolation", "photo_request"],
    "2025-07-08T02:10:09Z",
    {"D": "Dre", "K": "Kayla"}, [
        ("D", "u make it to the bus station?"),
        ("K", "yeah im here. my moms boyfriend threw my stuff out again"),
        ("D", "fr thats messed up. u dont deserve that. u can stay w me as long as u want"),
        ("K", "are u sure? i dont wanna be a burden"),
        ("D", "u not a burden, ur my girl. grab a cab to the Motel 9 on Route 6, room 114, i got it"),
        ("K", "ok omw"),
        ("D", "morning beautiful. got u some clothes and a nails appt today", 560),
        ("K", "omg thank u ur too good to me"),
        ("D", "only the best for my queen 👑 how old u said u was again?"),
        ("K", "16 but 17 in june"),
        ("D", "ok just tell ppl 19 if they ask. makes life easier"),
        ("K", "why would anyone ask"),
        ("D", "just in case baby dont worry"),
        ("K", "where r u, u been gone all day", 4300),
        ("D", "handling business. we behind on the room babe, like 900, plus everything i been buying u"),
        ("K", "i can get a job at the mall?"),
        ("D", "mall aint paying no 900 in a week lol. my cousin Tee got a way u can make that in a night"),
        ("K", "like what"),
        ("D", "just hang w some guys she knows. u real pretty, they pay for ur time. its nothing"),
        ("K", "dre i dont want to do that"),
        ("D", "after everything i did for u? i took u in when ur own mom didnt want u"),
        ("K", "i know. im sorry"),
        ("D", "its just for a lil while till we get our own place. u n me. the dream remember"),
        ("K", "ok…"),
        ("D", "Tee gonna take some pics of u tonight for the page. wear the black dress. smile"),
        ("K", "what page"),
        ("D", "dont worry bout that. and give me ur phone for a sec, ima put my number as the only one u need"),
        ("K", "can i still text my friend Jess"),
        ("D", "Jess the one who said i was bad for u right? nah. she dont want u happy"),
        ("K", "ok"),
        ("D", "thats my girl ❤️ u gon see, we gon be good"),
    ])

add("en17", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy", "commercial_sex", "isolation", "age_probe", "risk_assessment"],
    "2025-06-02T09:18:40Z",
    {"R": "Ma'am Joy Recruitment", "G": "Grace D."}, [
        ("R", "Hi sis! Still hiring waitress for a resto in KL, Malaysia 🇲🇾 ₱45k/month + tips, free board & lodging. Interested ka pa?"),
        ("G", "Hi ma'am yes po interested ako, what are the requirements?"),
        ("R", "Passport lang and 2x2 pic. How old ka na po?"),
        ("G", "21 po ma'am"),
        ("R", "Ayos 😊 Single ka ba? Employer prefers single"),
        ("G", "Yes po single"),
        ("R", "Good. We'll use tourist visa muna, mas mabilis. Pag nandun ka na saka i-process ang working visa."),
        ("G", "Not through DMW po?"),
        ("R", "Ang tagal dun sis, 6 months. Ours 2 weeks lang, alis ka na. Marami na ako napaalis."),
        ("G", "How about the plane ticket? wala po akong pera"),
        ("R", "Employer muna sasagot ng ticket and placement fee, ₱80k, deducted lang sa sahod mo in 6 months. Walang labas sa bulsa mo"),
        ("G", "Sige po"),
        ("R", "At the airport say you're on vacation, visiting your cousin. Don't say you're going there to work ha, ma-o-offload ka"),
        ("G", "Ok po ma'am"),
        ("R", "And wag mo muna ikwento sa maraming tao, baka maunahan ka sa slot"),
        ("G", "Ma'am I'm here na in KL. Where po yung restaurant?", 8700),
        ("R", "Boss Lim will pick you up. Give him your passport, he'll process the working visa"),
        ("G", "Ok po"),
        ("G", "Ma'am KTV bar po pala ito not a restaurant. They make us sit with customers and drink", 2900),
        ("R", "GRO lang yan sis, entertain mo lang customers. Malaki tips"),
        ("G", "This is not what we talked about. I want to go home na po"),
        ("R", "You can go home but pay first the ₱80k + ₱30k board. That's your utang to boss"),
        ("G", "I don't have that kind of money. Can I at least get my passport back"),
        ("R", "It stays with boss until the contract ends. Just follow, some customers offer 'extra', accept it para mabilis mo mabayaran utang mo"),
        ("G", "Ma'am please"),
        ("R", "Don't go running to the embassy, you're illegal here, ikaw makukulong hindi kami"),
        ("G", "Opo"),
        ("R", "Good. I'll load your phone if you behave. Si boss lang kausap mo ha"),
    ])

add("en18", 1, ["sextortion", "compliments_trust", "age_probe", "photo_request", "money_gifts_debt", "secrecy", "control", "romance"],
    "2026-03-07T09:40:00Z",
    {"J": "jess.mae.x", "L": "lachie_w"}, [
        ("J", "heyy u go to Westfield High right? i think i saw u at the footy"),
        ("L", "yeah i play for the u16s. do i know u?"),
        ("J", "nah im new, just moved from Perth. ur cute btw 😳"),
        ("L", "haha thanks. ur pretty too"),
        ("J", "how old r u?"),
        ("L", "15"),
        ("J", "same!! omg we should hang"),
        ("L", "yeah for sure"),
        ("J", "my insta's kinda new, my old one got hacked lol"),
        ("L", "happens"),
        ("J", "ur funny. do u have a gf?", 200),
        ("L", "nah"),
        ("J", "good 😏 can we vc? my cam's broken tho, i'll just send pics"),
        ("L", "ok"),
        ("J", "[photo]"),
        ("J", "ur turn 🙈 send one back, i won't show anyone i promise"),
        ("L", "[photo]"),
        ("J", "Listen carefully. I have your photo and the list of your followers and your friends. Your family too.", 11),
        ("L", "what?? who is this"),
        ("J", "Pay AUD 500 and I delete everything. If not I send to all of them and post it on your footy club page."),
        ("L", "im 15 i dont have that money"),
        ("J", "Then use your mum's card. Or gift cards from the servo. You have 30 minutes."),
        ("L", "please dont do this"),
        ("J", "Don't block me. If you block I send immediately. Don't tell parents or police, they can't help you."),
        ("L", "i can get 100"),
        ("J", "100 now then 400 tomorrow. Send the codes here. Tick tock ⏰"),
        ("L", "ok give me a min"),
        ("J", "Good boy. Tell anyone and you know what happens."),
    ])

add("en19", 1, ["job_offer", "compliments_trust", "age_probe", "isolation", "photo_request", "secrecy", "travel_meet", "meeting", "money_gifts_debt", "off_platform"],
    "2025-09-27T16:02:18Z",
    {"M": "marc.northline.scout", "E": "emma.k_05"}, [
        ("M", "Hi Emma! I'm Marc, a scout with Northline Model Management in Toronto. Your look is exactly what our clients are asking for right now. Have you ever modelled?"),
        ("E", "omg hi! no never. is this real?"),
        ("M", "Very real 😊 We've placed girls in campaigns in Milan and Tokyo. How old are you and how tall?"),
        ("E", "15 and 5'8"),
        ("M", "Perfect. Young faces are in huge demand. I'd love to set up a test shoot."),
        ("E", "I'd have to ask my parents"),
        ("M", "Of course, eventually. But honestly parents sometimes panic and ruin opportunities before they understand the industry. Why don't we do the test first and then show them the results?"),
        ("E", "hmm maybe"),
        ("M", "Can you send me some digitals? Just natural pics, no makeup, fitted clothes so I can see your measurements."),
        ("E", "like in a tank top?"),
        ("M", "Yes that's fine, or swimwear is standard for digitals. I'll only share with the agency director."),
        ("E", "I'm not sure about swimwear"),
        ("M", "No pressure, but the girls who book are the ones who are professional about it. I'll wait 😊"),
        ("E", "I sent 2 in a tank top", 95),
        ("M", "Stunning. You have real potential, Emma. The director agrees."),
        ("E", "really??"),
        ("M", "Yes! We do test shoots at a partner studio downtown, it's actually a hotel suite with lighting. Saturday at 2?"),
        ("E", "Can my mom come?"),
        ("M", "Parents aren't allowed on set for test shoots, it makes new models nervous. It's only 2 hours."),
        ("E", "I don't know, I'd have to lie about where I am"),
        ("M", "Just say you're at a friend's. Lots of our top models started that way. It'll be our little secret until you sign 🤫"),
        ("E", "how do i get there"),
        ("M", "I can pick you up. Send me your address or meet me at the Tim Hortons near your school."),
        ("E", "Is there a fee?"),
        ("M", "Normally $300 for the portfolio but I'll cover it for you. You can pay me back from your first booking."),
        ("E", "ok"),
        ("M", "Also let's move to WhatsApp, my Instagram is for business. 555-0134. Delete this thread after."),
    ])

add("en20", 1, ["job_offer", "vulnerability", "money_gifts_debt", "travel_meet", "commercial_sex", "photo_request", "secrecy", "control"],
    "2025-05-16T19:30:00Z",
    {"N": "Auntie Nimo", "A": "Achieng"}, [
        ("N", "Hi dear, Faith from your hostel gave me your number. She says you're a serious girl looking for opportunities"),
        ("A", "Hi auntie, yes. Faith told me about you. She says you help girls get jobs"),
        ("N", "I help girls make their lives better. You are at Kenyatta University, which year?"),
        ("A", "Second year, Commerce"),
        ("N", "Very good. And fees? Faith said you were sent home last term"),
        ("A", "Yes I had a balance of 68k, my mum is struggling"),
        ("N", "Pole sana. That is why I'm here. There is hospitality work in Dubai over the long holiday. 3 months, you come back with over 600k"),
        ("A", "600k?? doing what"),
        ("N", "Hosting. Hotels, private parties, businessmen who want beautiful company while they're in town. Nothing you can't handle"),
        ("A", "Is it like waitressing?"),
        ("N", "Something like that but better paid 😊 You dress nicely, smile, they appreciate"),
        ("A", "How does the visa work"),
        ("N", "I handle everything. Visa, ticket, accommodation. You pay me back slowly once you are earning"),
        ("A", "How much is it all"),
        ("N", "About 350k, but you'll clear it in the first month if you're cooperative"),
        ("A", "That's a lot"),
        ("N", "Faith cleared hers in 3 weeks. Look at her now, new phone, new weave"),
        ("A", "Ok. Do I need to bring anything"),
        ("N", "Just your passport, give it to me this week to process. And some nice photos, full length, in a dress. For the clients to choose"),
        ("A", "Clients choose?"),
        ("N", "For the bookings dear. Don't overthink"),
        ("A", "ok"),
        ("N", "And don't tell your mum details, just say internship in Dubai. Mothers worry too much"),
        ("A", "Ok auntie"),
        ("N", "When you land, Jamal will pick you. Your line won't work there, he'll give you a new one"),
        ("A", "thank you auntie"),
        ("N", "Don't thank me, thank yourself for being smart. Send the photos tonight ❤️"),
    ])

add("en21", 1, ["compliments_trust", "age_probe", "job_offer", "secrecy", "money_gifts_debt", "risk_assessment", "off_platform", "photo_request", "meeting", "exclusivity"],
    "2025-11-11T14:45:12Z",
    {"V": "clicks_by_vikram", "R": "riya.s_07"}, [
        ("V", "Hey Riya! Loved your Diwali pics, the lighting is so good. Who clicked them?"),
        ("R", "thank uu 😊 my cousin did, on her phone only"),
        ("V", "Wow natural talent both of you. I'm a photographer, I do portfolios for models in Pune. You have a very photogenic face"),
        ("R", "omg really? thank you bhaiya"),
        ("V", "Which class are you in?"),
        ("R", "9th"),
        ("V", "So 14? You look older, very mature"),
        ("R", "haha everyone says that"),
        ("V", "I'm doing a free shoot for my new portfolio, looking for fresh faces. Would you be interested?"),
        ("R", "I'd love to but mummy papa are very strict"),
        ("V", "I understand, Indian parents 😅 they don't understand creative fields. We can keep it between us for now"),
        ("R", "idk"),
        ("V", "Think about it. No pressure. What are you doing after school?"),
        ("R", "tuition till 6 then home"),
        ("V", "Good morning Riya 🌸 how was your test?", 2600),
        ("R", "it went ok! maths was tough"),
        ("V", "You're smart, you'll do great. I got you something small, a gift for my future model"),
        ("R", "what is it?"),
        ("V", "Surprise 😉 Phone cover + earrings. I can give it near your tuition"),
        ("R", "bhaiya you didn't need to"),
        ("V", "I wanted to. You're special. By the way are your chats visible to your parents?"),
        ("R", "no they don't check insta"),
        ("V", "Good. Some people misunderstand friendships. Let's talk on Snapchat, it's more private"),
        ("R", "ok my id is riya.s.snap"),
        ("V", "Added. Send me a selfie in the dress you'll wear for the shoot, I'll plan the lighting"),
        ("R", "now?"),
        ("V", "Yes, and only for me ok, don't post it. Thursday after tuition I'll pick you from the main gate. Don't tell your friends also"),
    ])

# ---------------------------------------------------------------------------
# ENGLISH NEGATIVES - short (1-3 messages)
# ---------------------------------------------------------------------------

add("en22", 0, ["job_offer", "travel_meet", "money_gifts_debt"], "2026-02-27T06:45:00Z",
    {"A": "Nairobi Daily Digest"}, [
        ("A", "BREAKING: DCI officers in Nairobi have arrested three suspects linked to a fake recruitment agency that allegedly lured "
              "young women with promises of housekeeping jobs in the Gulf. Victims told detectives their passports were confiscated on "
              "arrival and their 'travel costs' turned into debts they could never clear. Anyone approached by 'Skyline Placements' is "
              "urged to report at the nearest police station. Always verify agencies on the NEA registered list before paying anything."),
    ], group="public")

add("en23", 0, ["age_probe", "photo_request", "secrecy"], "2025-10-30T20:11:52Z",
    {"M": "maddie.k", "Z": "zoe_b"}, [
        ("M", "how old is ur cousin again?? he was at the game"),
        ("Z", "lmaooo hes 14 like us chill. send a pic of ur fit for tmrw i need to match"),
        ("M", "[photo] dont tell my mom i bought the boots, she thinks i saved the money for camp 😭"),
    ])

add("en24", 0, ["romance", "travel_meet", "meeting"], "2026-01-05T22:58:30Z",
    {"C": "Ciara", "R": "Rory"}, [
        ("C", "Missing you already. Flight's booked for the 14th, you're collecting me from Dublin airport and you're not allowed complain about my suitcase 😘"),
        ("R", "Can't wait love. I'll have the dinner made. Also delete that photo of me from the wedding off your story, I look like a boiled ham 😂"),
    ])

add("en25", 0, ["sextortion", "photo_request", "money_gifts_debt", "age_probe"], "2026-03-02T15:00:00Z",
    {"A": "Maple Ridge Police Service"}, [
        ("A", "⚠️ Parents & teens: we've received several reports of sextortion targeting boys 13–17 on social media and gaming apps. "
              "The pattern: a 'girl' your age befriends you, quickly asks for a photo, then threatens to send it to your friends and "
              "family unless you pay with gift cards. If this happens: don't pay, don't delete the account, screenshot everything, "
              "stop replying and tell a trusted adult. Report to the national tipline or call us at 555-0100. You are NOT in trouble. "
              "#SextortionAwareness"),
    ], group="public")

add("en26", 0, ["job_offer", "travel_meet"], "2025-09-09T05:20:10Z",
    {"P": "Priya Nair (TalentBridge HR)", "A": "Arjun Mehta"}, [
        ("P", "Dear Arjun, I'm a recruiter with TalentBridge, a licensed recruiting agent (MEA registration number is on our website). "
              "We have an opening for a Site Electrical Engineer with a construction firm in Dubai. Employment visa, flights and "
              "accommodation are sponsored by the employer as per UAE law - no fees are charged to candidates at any stage. "
              "Would you be open to a call this week?"),
        ("A", "Hi Priya, thanks for reaching out. Yes, I'm interested. Could you share the JD and the employer name? I'm free Thursday after 5 pm IST."),
    ])

# ---------------------------------------------------------------------------
# ENGLISH NEGATIVES - medium (6-20 messages)
# ---------------------------------------------------------------------------

add("en27", 0, ["age_probe", "off_platform", "secrecy", "photo_request"], "2025-12-28T01:33:07Z",
    {"J": "jaydenfps", "O": "olliex"}, [
        ("J", "bro u sold that last game 💀"),
        ("O", "my wifi lagged i swear"),
        ("J", "ur wifi lags every time ur losing lol"),
        ("O", "shut up. how old was that kid who kept killing us, he sounded about 8"),
        ("J", "prob 10 tbf he was cracked tho"),
        ("O", "add me on discord instead of party chat, mic's better"),
        ("J", "whats ur tag"),
        ("O", "just search olliex, pfp is the frog"),
        ("J", "sent. dont tell ur mum we were on till 2 again she'll ban u and then i got no duo"),
        ("O", "lol she thinks i was asleep"),
        ("J", "send pic of ur new headset tho"),
        ("O", "[photo] 40 quid of pure sauce"),
    ])

add("en28", 0, ["job_offer", "age_probe", "photo_request", "secrecy", "meeting"], "2026-02-02T07:50:44Z",
    {"I": "Isla", "M": "Mum"}, [
        ("I", "mum a lady from a modelling agency dm'd me on insta, she says I should come to an open call 😳"),
        ("M", "Oh wow! Which agency? Send me a screenshot before you reply to anything x"),
        ("I", "[screenshot] its called Harbour Models, in Sydney"),
        ("M", "Ok I looked them up. They're a real agency, they've got an ABN and a proper office in Surry Hills, and their site says under-18s must have a parent at every appointment 👍"),
        ("I", "so can we go??"),
        ("M", "We can go together to the open call on Saturday. Rules: I'm with you the whole time, we don't pay any upfront fees, and nobody gets photos I haven't seen."),
        ("I", "deal. she asked how old i am and for a couple of digitals"),
        ("M", "Tell her you're 15 and that your mum will email her. Real agencies are fine with that. If she pushes to keep it just between you two, that's a red flag and we block."),
        ("I", "ok she said totally fine and gave me the bookings email"),
        ("M", "Perfect. Proud of you for asking me first love ❤️"),
    ])

add("en29", 0, ["travel_meet", "money_gifts_debt", "meeting"], "2026-01-13T19:00:00Z",
    {"D": "Coach Dan", "S": "Sarah (Jack's mom)", "K": "Mike P.", "P": "Priya (Leo's mom)"}, [
        ("D", "Hi all! Lake Placid tournament details: bus leaves the arena Friday 6am. Kids are 3 per room, same team, with a parent chaperone on each floor. No coach is ever alone in a room with a player."),
        ("S", "Thanks Dan! Do the kids need passports or is a birth certificate ok for under 16?"),
        ("D", "Under 16s can cross with a birth certificate, but bring the passport if you have one. Parents hold their own kid's documents, I don't collect them."),
        ("K", "What's the cost breakdown?"),
        ("D", "$420 per player covers bus + hotel + ice. E-transfer to the club treasurer, not me. Receipts are on the club site."),
        ("P", "Is there a curfew?"),
        ("D", "10pm lights out, phones charged in the hallway with the chaperones 😄 Team chat stays on the club app only, coaches don't DM players privately."),
        ("S", "Love it. Jack's been asking if he can room with Leo."),
        ("D", "Noted, I'll do room lists by Wednesday and share them with all parents."),
    ], group="U13 Wolves Parents")

add("en30", 0, ["money_gifts_debt", "secrecy", "travel_meet", "vulnerability"], "2026-02-20T08:12:36Z",
    {"A": "Ada", "Z": "Zainab"}, [
        ("A", "Zee abeg look at this DM I just got 👀 [screenshot]"),
        ("Z", "'Chief' offering to pay your rent and 150k monthly allowance 😂 who is this man"),
        ("A", "I don't know him o. He says he saw me at the Lekki event"),
        ("Z", "Babe block him sharp sharp. Remember what happened to Tolu's roommate? These 'sugar daddy' people start with gifts, next thing you're in a hotel in Abuja with his 'friends'"),
        ("A", "I wasn't even considering it sef. But the part where he asked me to delete the chat is creepy"),
        ("Z", "That's the red flag! Married man, secrecy, then he'll own you"),
        ("A", "True. But honestly this rent wahala is real, my dad still hasn't sent anything"),
        ("Z", "I know. Let's go to Student Affairs tomorrow, they have the hardship fund. And you can tutor with me, Mrs Okafor needs a maths tutor for her twins"),
        ("A", "Ah that would help small"),
        ("Z", "And I can lend you 20k till month end, no stress"),
        ("A", "You're the best 😭 I'll pay you back when the tutoring money comes"),
        ("Z", "Just report and block that Chief. Screenshot first in case"),
    ])

add("en31", 0, ["romance", "off_platform", "meeting", "photo_request", "compliments_trust"], "2025-08-09T12:04:50Z",
    {"M": "Migs", "T": "Trish"}, [
        ("M", "Hi Trish! Saw you're into hiking too. Mt. Pulag or Batulao?"),
        ("T", "Hii! Pulag sunrise is life 🌄 you?"),
        ("M", "Same!! Went last Dec, freezing pero sulit. What do you do pala?"),
        ("T", "Nurse at a hospital in QC, graveyard shift this week hehe. You?"),
        ("M", "Software dev in BGC. Respect to nurses talaga 🙏"),
        ("T", "Aww thanks. You seem nice so far haha"),
        ("M", "So far lang? 😂 Would you want to grab coffee this weekend? Somewhere public, your pick"),
        ("T", "Sure! Saturday afternoon at Greenbelt?"),
        ("M", "Perfect. Mind if we move to Viber? I'm barely on this app"),
        ("T", "Sure, 555-0188. Just so you know I'll tell my bestfriend where I'm going, standard rule lol"),
        ("M", "Of course, smart. I'll do the same with my sister 😅"),
        ("T", "Haha fair. Send a recent pic pala, your photos here look like 2019"),
        ("M", "HAHA caught. [photo] fresh from today, no filter"),
        ("T", "Okay approved 😂 See you Saturday, 3pm"),
    ])

add("en32", 0, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy", "vulnerability"], "2025-11-24T10:10:10Z",
    {"J": "Joy", "W": "Wairimu (Safe Migration Desk)"}, [
        ("J", "Hello, I got your number from the radio program. An agent offered me a housemaid job in Saudi, they said the employer pays the ticket and they'll keep my passport"),
        ("W", "Hello Joy, thank you for reaching out. You did the right thing. What's the agency's name?"),
        ("J", "Global Shine Placements. The agent is called Mercy"),
        ("W", "I've checked the NEA list of registered agencies and Global Shine is not on it. That's the first red flag."),
        ("J", "She said they're under a bigger agency"),
        ("W", "That's a common line. A legitimate agency gives you a contract BEFORE you travel, in a language you understand, and no one should keep your passport. Did she ask for any money?"),
        ("J", "5,000 for medical. And she said don't bring relatives to the office"),
        ("W", "Please don't pay and don't hand over your passport. Being told to come alone and keep it quiet are warning signs we see in trafficking cases."),
        ("J", "I really need the job though. My child's school fees"),
        ("W", "I understand, and we can help. There are registered agencies we work with, and pre-departure training is free. Can you come to our office in Thika on Wednesday? You're welcome to bring your mother."),
        ("J", "Yes I will come. Thank you so much"),
        ("W", "You're welcome. Save our hotline 555-0119. If anyone pressures you, call us anytime."),
    ])

add("en33", 0, ["job_offer", "age_probe", "secrecy", "photo_request", "meeting"], "2025-10-18T21:37:21Z",
    {"N": "Nia", "M": "Marcus"}, [
        ("N", "marcus can u look at something. some guy says hes a scout and wants me to do a shoot"),
        ("M", "send me screenshots rn"),
        ("N", "[screenshot] [screenshot]"),
        ("M", "ok nah. he asked ur age, told u not to tell mom and wants u to come alone to a 'studio' thats a hotel?? thats not how agencies work"),
        ("N", "he said hes with a big agency"),
        ("M", "then the agency can call mom. real ones do. dont send him any pics"),
        ("N", "i sent one of my face already 😞"),
        ("M", "thats ok, ur not in trouble. dont reply anymore. screenshot his profile, then report and block. im telling mom with u tonight, we'll do it together"),
        ("N", "ok. thank u for not being mad"),
        ("M", "never mad at u for asking. love u kid, ice cream after?"),
    ])

add("en34", 0, ["job_offer", "travel_meet", "money_gifts_debt"], "2026-01-21T11:25:00Z",
    {"S": "Sinéad (Emerald Au Pair Agency)", "L": "Lucía"}, [
        ("S", "Hi Lucía, thanks for your application! The Byrne family in Galway would love to have a video call with you next week. They have two kids, 6 and 9."),
        ("L", "Hello Sinéad! That's wonderful. Tuesday evening is good for me."),
        ("S", "Grand. Before that, a few things so you know what to expect: you'll have a written contract with hours (max 30/week), minimum wage and your own room. We check all of it."),
        ("L", "Thank you. What about the flight? I don't have a lot of savings."),
        ("S", "The family can advance the flight cost if you want and you repay it over the first 3 months - it goes in the contract, no interest. Or you pay it yourself, your choice."),
        ("L", "That's very kind. Do I need to give my passport to the family?"),
        ("S", "No, never. Your passport and documents stay with you at all times. If anyone ever asks to hold them, tell us straight away."),
        ("L", "Good to know 😊 And is there an agency fee?"),
        ("S", "No fee for au pairs - the family pays us. You'll also have my number for emergencies, 555-0125, and we check in monthly."),
        ("L", "Perfect. I'll prepare for Tuesday!"),
        ("S", "Brilliant. The Byrnes are lovely, you'll get on great 🍀"),
    ])

# ---------------------------------------------------------------------------
# ENGLISH NEGATIVES - long (25-70 messages)
# ---------------------------------------------------------------------------

add("en35", 0, ["money_gifts_debt", "off_platform", "risk_assessment", "secrecy", "age_probe", "photo_request", "sextortion"],
    "2026-02-24T07:41:00Z",
    {"H": "Helen", "R": "Raj", "D": "Donna", "G": "Gareth", "C": "Claire"}, [
        ("H", "Did anyone see the Echo this morning? That bloke from Hatfield got 9 years"),
        ("R", "The one who was on the kids' games? Yeah. Horrible"),
        ("D", "I read it. He was gifting them skins and V-bucks then getting them onto Snapchat"),
        ("G", "The bit that got me was he'd ask them if their parents checked their phones. Proper calculated"),
        ("C", "And telling them to delete the chats. My Ollie plays that game every night 😬"),
        ("H", "Same with Finn. I had no idea you could send gifts to strangers on it"),
        ("R", "You can turn gifting off in the parental settings btw, I did it last night"),
        ("D", "Where is that Raj?"),
        ("R", "Account settings > parental controls > gifting. Took 2 mins"),
        ("C", "Thanks, doing it now"),
        ("G", "The detective said some of the lads were 11. He told them he was 16"),
        ("H", "That's what scares me. They think they're talking to another kid"),
        ("D", "I asked Amelia last night if anyone online had ever asked her for a pic. She went quiet then said a 'girl' from a Roblox group did"),
        ("H", "Oh no, is she ok?"),
        ("D", "Yeah she didn't send anything thank god. We reported it together"),
        ("C", "Good on her for telling you"),
        ("R", "The school's doing an online safety evening on the 12th, worth going"),
        ("G", "Will be there. Do they cover sextortion? My nephew got caught up in one of those, they wanted money off him"),
        ("R", "It's on the agenda, PC Walsh is doing that part"),
        ("H", "Was your nephew ok Gareth?"),
        ("G", "Shaken. He didn't pay, told his mum, police got involved. Advice was don't pay and don't delete the evidence"),
        ("D", "Good to know. I'll tell Amelia that too"),
        ("C", "Honestly I think talking to them without freaking out is the main thing. Ollie clams up if I overreact"),
        ("H", "Agreed. I'm going to start with 'you won't be in trouble, whatever it is'"),
        ("R", "That's what the leaflet from school said too"),
        ("G", "Anyone want a lift to the safety evening?"),
        ("D", "Yes please if you're passing Elm Road"),
        ("G", "No bother, 6:30 👍"),
    ], group="Year 7 Parents - Oakfield")

add("en36", 0, ["romance", "travel_meet", "meeting", "money_gifts_debt", "photo_request"],
    "2025-09-03T03:31:00Z",
    {"M": "Meera", "K": "Karan"}, [
        ("M", "Good morning jaan ☀️ did you reach office?"),
        ("K", "Just parked. Traffic on ORR is a joke as usual. You slept?"),
        ("M", "Barely, night shift was crazy. 3 admissions in 2 hours"),
        ("K", "My poor doctor 🥺 eat something before you sleep"),
        ("M", "Yes sir. Miss you so much"),
        ("K", "Miss you more. 23 days more"),
        ("M", "Did you book the tickets?"),
        ("K", "Booking now. Bangalore–Delhi on the 14th, evening flight. I'll come straight to your hostel"),
        ("M", "Hostel won't let you in 😂 meet at Hauz Khas"),
        ("K", "Fine fine. Also I'm transferring back the money for your half of the Goa trip, you paid extra last time"),
        ("M", "Karan leave it yaar"),
        ("K", "No, fair is fair. Done ✅"),
        ("M", "Ufff. Thank you. Mummy is asking when your parents are coming to meet them"),
        ("K", "After Diwali, Papa said. He's already planning which sweets to bring"),
        ("M", "Hahaha typical. Send a pic of you in the new shirt"),
        ("K", "[photo] office lighting, forgive me"),
        ("M", "Looking very handsome Mr Sharma 😍"),
        ("K", "Only for you madam"),
        ("M", "Video call tonight at 10?"),
        ("K", "10 is perfect. I have a presentation at 4, pray for me"),
        ("M", "You'll kill it. Don't forget lunch"),
        ("K", "Presentation went well!! Manager said great job", 420),
        ("M", "See!! Proud of you ❤️"),
        ("K", "Celebrating with paneer tikka at the canteen 😂"),
        ("M", "Big party. Okay going to sleep now, call at 10"),
        ("K", "Sleep well. Love you"),
        ("M", "Love you too 😘"),
    ])

add("en37", 0, ["job_offer", "photo_request", "travel_meet", "money_gifts_debt", "meeting"],
    "2025-08-26T15:00:00Z",
    {"D": "Dana (Crestline Models)", "J": "Jen (Avery's mom)", "A": "Avery"}, [
        ("D", "Hi Jen and Avery! Thanks for coming to our open call Saturday. We'd love to offer Avery a development contract. I've emailed the draft to Jen."),
        ("J", "Thank you Dana! We're excited. I've read it through once, I have a few questions."),
        ("D", "Of course, ask anything. We'd also suggest having it reviewed by an entertainment attorney, that's standard for minors."),
        ("J", "First, are there any fees upfront? Photos, classes, anything?"),
        ("D", "No upfront fees. We don't charge for representation. Test shoots are arranged with our photographers and the cost is only recouped from earnings, capped and itemized in section 4."),
        ("A", "whats a test shoot exactly?"),
        ("D", "It's a practice shoot to build your book, Avery. Natural makeup, a few outfits. A parent or approved chaperone is always on set for under-18s."),
        ("J", "Good. Where are they usually?"),
        ("D", "At our studio on West 26th or the photographer's studio. Never in hotel rooms or private homes."),
        ("J", "Glad to hear that."),
        ("A", "do i need to send pics before?"),
        ("D", "We'll take digitals at the office, simple jeans and a fitted tee. You never need to send photos to anyone privately, and nobody from our agency will DM you on social media. Everything comes through Jen's email or this group."),
        ("J", "That's really reassuring. What about travel?"),
        ("D", "Not for now. If a client books Avery out of state later, a parent travels with her, and bookings are confirmed in writing."),
        ("J", "And school?"),
        ("D", "School comes first. We book around her schedule and follow the state's child performer rules, including a work permit and a trust account for part of her earnings."),
        ("A", "this is so cool omg"),
        ("J", "😂 She's been practicing her walk in the hallway"),
        ("D", "Love that energy! We do have a free runway workshop for new faces next month."),
        ("J", "What time and where?"),
        ("D", "Saturday the 18th, 10–12 at the agency. Parents welcome to watch."),
        ("J", "We'll be there."),
        ("A", "what should i wear?"),
        ("D", "Black fitted clothes and heels you can actually walk in 😄 Bring flats too."),
        ("J", "Last question: who else will have Avery's contact details?"),
        ("D", "Only her booker (me) and our accounts team. Her number is never shared with clients."),
        ("J", "Perfect. We'll get the contract back to you after our lawyer reviews it."),
        ("D", "No rush at all. Welcome to Crestline, Avery 💫"),
    ], group="Avery + Mom + Crestline")

add("en38", 0, ["age_probe", "photo_request", "secrecy", "meeting"],
    "2025-11-26T08:20:00Z",
    {"M": "Mia", "C": "Chloe", "S": "Sienna", "R": "Ruby"}, [
        ("M", "ok so sienna's 16th is saturday and we need a plan"),
        ("C", "her mum said we can do a sleepover after the party right?"),
        ("S", "yesss mum said max 5 ppl for the sleepover"),
        ("R", "what are we wearing"),
        ("M", "theme is y2k obvs"),
        ("C", "i have NOTHING y2k 😭"),
        ("R", "vinnies run tmrw arvo?"),
        ("C", "yesss"),
        ("S", "whos coming from the other school? how old is Jake's brother"),
        ("M", "17 i think, hes driving Jake"),
        ("S", "ok mum said no one older than year 11 which is fine"),
        ("R", "send pics of ur outfits when u find them so we dont clash"),
        ("C", "[photo] butterfly top from vinnies 4 dollars 🦋", 1500),
        ("M", "OBSESSED"),
        ("R", "[photo] mine. too much?"),
        ("S", "never too much 😂"),
        ("M", "dont tell my mum i bought the platform boots i told her they were for formal"),
        ("C", "ur secret is safe lmaooo"),
        ("S", "what should we get for food"),
        ("R", "maccas run at 10 obviously"),
        ("S", "mums doing pizza too"),
        ("M", "can we do the dance to that song from tiktok"),
        ("C", "only if ruby learns it this time"),
        ("R", "HEY i practised"),
        ("S", "lol ok also my dad is gonna be there 'supervising' pls dont be weird around him"),
        ("M", "ur dad is literally the funniest"),
        ("C", "he did the robot at ur 15th 😭"),
        ("S", "DONT REMIND ME"),
        ("R", "ok gn gotta study for the chem test"),
        ("M", "gn girlies 💕 saturday!!!"),
    ], group="year 10 girlies 💅")

add("en39", 0, ["sextortion", "photo_request", "money_gifts_debt", "secrecy"],
    "2026-02-09T18:12:00Z",
    {"D": "Dylan R.", "O": "Ms. Okafor (School Counsellor)"}, [
        ("D", "hi ms okafor, can i come see you? something bad happened and i dont know what to do"),
        ("O", "Hi Dylan, of course. I'm in my office until 3:30, you can come now. Are you safe right now?"),
        ("D", "yeah im at school. its online stuff"),
        ("O", "Okay. Whatever it is, you're not in trouble for telling me. Come down when you're ready, or write it here first if that's easier."),
        ("D", "someone i thought was a girl from another school got me to send a pic and now theyre saying theyll send it to everyone unless i pay 500"),
        ("O", "Thank you for telling me. That took courage. What's happening is called sextortion, it's a crime, and the person doing it is the one in the wrong, not you."),
        ("D", "they said if i told anyone theyd post it right away"),
        ("O", "That's a common threat to keep young people quiet. Have you paid anything?"),
        ("D", "no. i dont have money"),
        ("O", "Good, please don't pay. Paying usually leads to more demands. Have you blocked or deleted anything?"),
        ("D", "not yet"),
        ("O", "Don't delete the chat, we want to keep the evidence. Take screenshots of their profile and messages, then stop replying."),
        ("D", "ok i did the screenshots"),
        ("O", "Great. Next step: with your permission I'd like to call your mom or dad so we can report it together to the national tipline and our police liaison officer."),
        ("D", "my dad is gonna kill me"),
        ("O", "I'll be right there when we tell him, and I'll explain that this happens to a lot of teens and you did the right thing. Most parents are relieved their kid came forward."),
        ("D", "ok. can it be my mom"),
        ("O", "Yes, we'll call your mom."),
        ("D", "what if its already been sent"),
        ("O", "There's a service that helps get images of under-18s taken down from platforms. We'll go through that together too."),
        ("D", "ok"),
        ("O", "How are you feeling right now, on a scale of 1 to 10?"),
        ("D", "like a 3"),
        ("O", "That makes sense. Come down now and we'll sit together while we call. You're not alone in this."),
        ("D", "on my way"),
        ("O", "I'll leave the door open 🙂"),
    ])

add("en40", 0, ["job_offer", "travel_meet", "money_gifts_debt", "meeting"],
    "2025-07-21T06:00:00Z",
    {"R": "Carla Reyes (Carelink International)", "J": "Jessa"}, [
        ("R", "Good afternoon Jessa! This is Carla Reyes from Carelink International, DMW-licensed agency. Your application for the NHS Band 5 nurse role in Leeds was shortlisted po."),
        ("J", "Good afternoon ma'am! Thank you po, I'm so happy 😊"),
        ("R", "Congrats! Next step is an online interview with the hospital's panel. Are you available Thursday 4pm PH time?"),
        ("J", "Yes ma'am. What should I prepare?"),
        ("R", "Review your clinical scenarios and the NMC process. I'll email you a prep guide."),
        ("J", "Thank you po. May I ask about fees? Some agencies asked my friend for placement fee"),
        ("R", "Zero placement fee po. Under DMW rules and the UK code of practice, nurses must not be charged recruitment fees. The hospital covers visa, flight and first month accommodation."),
        ("J", "Wow that's a relief. Do I need to surrender my passport to you?"),
        ("R", "No po, you keep your passport. We only need a scanned copy for the Certificate of Sponsorship."),
        ("J", "Noted ma'am"),
        ("R", "Also please check our license on the DMW verification page so you know we're legit 👍"),
        ("J", "I did already hehe, sorry"),
        ("R", "No need to say sorry! That's exactly what you should do."),
        ("J", "Ma'am the interview went well I think! They asked about sepsis management", 4400),
        ("R", "Good news Jessa, they just sent a conditional offer! 🎉 Check your email."),
        ("J", "OMG ma'am 😭 thank you po!"),
        ("R", "You earned it. The contract is in the email, please read the salary, hours and repayment clause carefully"),
        ("J", "Repayment clause po?"),
        ("R", "If you leave within 12 months you may repay part of the relocation costs. Under the code it has to be proportionate. If unsure, ask DMW or a lawyer, we can also go through it line by line."),
        ("J", "Okay ma'am, I'll have my tita check it, she's a nurse in the UK also"),
        ("R", "Good idea. Next: OSCE prep and upload your English test results."),
        ("J", "My OET is done, I'll upload tonight"),
        ("R", "Perfect. Pre-departure orientation seminar is required, free of charge, schedule is in the portal."),
        ("J", "Will someone meet us in the UK?"),
        ("R", "Yes, the hospital's international recruitment team will pick up your batch at Manchester airport."),
        ("J", "Thank you ma'am, my family is so proud"),
        ("R", "As they should be! Message anytime, my office line is 555-0171."),
        ("J", "Salamat po! 🙏"),
    ])

add("en41", 0, ["age_probe", "money_gifts_debt", "off_platform", "secrecy", "photo_request"],
    "2026-01-30T02:15:00Z",
    {"R": "mod_rae", "T": "mod_tank", "J": "admin_jules", "K": "mod_kiko"}, [
        ("R", "heads up, got 3 reports on a user 'shadowfox_77' in the under-15 gaming channel"),
        ("T", "whats he doing"),
        ("R", "asking kids how old they are, offering to gift them nitro, then trying to get them into DMs"),
        ("J", "pull the logs pls"),
        ("R", "[logs] he told one kid 'dont tell ur parents about the nitro its our thing' and asked for a pic of 'u and ur setup'"),
        ("K", "yeah thats a grooming pattern. ban + report to trust & safety, not a warning"),
        ("T", "agreed. zero tolerance"),
        ("J", "doing it. Rae can you export the logs before the ban so we keep evidence?"),
        ("R", "exported, saved to the mod drive"),
        ("J", "banned. filed a report with the platform's child safety form"),
        ("K", "should we DM the kids who reported?"),
        ("J", "one message from the official mod account only, no personal DMs. thank them, tell them they did the right thing and suggest telling a parent"),
        ("R", "I'll draft it"),
        ("R", "draft: 'Hi! Thanks for reporting. That user has been removed. You didn't do anything wrong. If anyone asks you for pics, gifts or to keep secrets, tell a trusted adult and report to us.'"),
        ("T", "👍 good"),
        ("K", "maybe add the link to the safety page"),
        ("R", "added https://example.com/pixelpals-safety"),
        ("J", "also should we turn off DMs from server members by default for the under-15 role?"),
        ("T", "yes. and nitro gifting between non-friends"),
        ("K", "we cant control nitro but we can ban gifting offers in the rules"),
        ("J", "adding to rule 7: no offering gifts, money or items to minors, no asking ages, no moving chats off server"),
        ("R", "what about ppl asking ages for lfg? kids do that with each other"),
        ("J", "ok: adults can't ask minors' ages. kids asking each other in lfg is fine"),
        ("T", "makes sense"),
        ("K", "I'll post the rule update announcement tonight"),
        ("J", "thanks team, good catch Rae 🙏"),
    ], group="#mod-chat (PixelPals)")

add("en42", 0, ["money_gifts_debt", "travel_meet", "vulnerability"],
    "2025-10-08T18:30:00Z",
    {"M": "Mummy", "C": "Chioma"}, [
        ("M", "Chioma my daughter, how was lectures today?"),
        ("C", "Good evening mummy. It was fine, we had test in Accounting"),
        ("M", "How did you do?"),
        ("C", "I think I did well o, I read well"),
        ("M", "God is faithful. Your father sent your allowance this afternoon, 40k. Check your account"),
        ("C", "I've seen it mummy thank you 🙏 tell daddy thank you"),
        ("M", "He said make it last, no be Shoprite every day 😂"),
        ("C", "Hahaha I hear"),
        ("M", "How is your roommate, that Bisi?"),
        ("C", "She's fine. Mummy something happened. One girl in our hostel, some rich man has been giving her money and phone, now she travels to Abuja with him every weekend"),
        ("M", "Eh! Sugar daddy matter. Is she ok?"),
        ("C", "Nobody knows. She doesn't come to class again. Another girl said he has friends he 'introduces' her to"),
        ("M", "This is how these things start. Gifts first, then they control you. Has anyone approached you like that?"),
        ("C", "One man DMed me last month but I blocked him"),
        ("M", "Good girl. Anything you need, you tell us. Even if money is short we will manage. Don't let anybody buy you with iPhone"),
        ("C", "I know mummy 😅"),
        ("M", "And tell somebody in school about that girl. Maybe the student counsellor"),
        ("C", "I'll talk to the hostel warden tomorrow"),
        ("M", "Good. When are you coming home for the break?"),
        ("C", "The 20th. Can I come with Bisi? She wants to see Enugu"),
        ("M", "She is welcome. Tell her mother I said so"),
        ("C", "Yes ma. Can you send transport money closer to the time?"),
        ("M", "I'll send 15k on the 18th"),
        ("C", "Thank you mummy ❤️ I miss your jollof"),
        ("M", "It will be waiting. Go and read your book"),
        ("C", "Goodnight mummy"),
        ("M", "Goodnight. God bless you"),
    ])

# ---------------------------------------------------------------------------
# NON-ENGLISH POSITIVES
# ---------------------------------------------------------------------------

add("es1", 1, ["commercial_sex", "travel_meet", "risk_assessment"], "2026-01-31T23:05:00Z",
    {"A": "Luna VIP Valencia"}, [
        ("A", "🌹✨ CHICAS NUEVAS esta semana en Valencia ✨🌹 jovencitas latinas recién llegadas, cariñosas y muy discretas 💋 "
              "masajes relajantes, trato de novia 💕 salidas a hotel y domicilio 🚗 24h. Solo caballeros educados, "
              "nada de polis 🚫 WhatsApp 555-0143 📲"),
    ], group="public", lang="es")

add("pt1", 1, ["sextortion", "money_gifts_debt", "secrecy", "control"], "2026-02-15T02:20:33Z",
    {"A": "bia.santos.oficial", "G": "gui_ferreira"}, [
        ("A", "Oi Gui, lembra da foto q vc mandou? printei tudo: seus seguidores, sua família, até o grupo da sua turma 😈"),
        ("G", "pfv apaga isso, eu tenho 14 anos"),
        ("A", "Manda R$ 500 no Pix até meia-noite ou posto em tudo. Se me bloquear envio na hora. Nem pensa em contar pros seus pais."),
    ], lang="pt")

add("es2", 1, ["job_offer", "vulnerability", "travel_meet", "money_gifts_debt", "photo_request", "secrecy", "control"],
    "2025-10-21T16:45:00Z",
    {"R": "Don Ramiro", "Y": "Yuliana"}, [
        ("R", "Hola Yuli, te escribo de parte de la señora Marta. Me dijo que estás buscando trabajo en España"),
        ("Y", "Hola señor, sí, aquí en Medellín no hay nada y tengo a mi niña"),
        ("R", "Tranquila, eso tiene solución. Hay puesto de camarera en un hotel de la costa, 1.800 euros al mes, con alojamiento"),
        ("Y", "¡Qué bueno! ¿Y los papeles?"),
        ("R", "Viajas como turista y allá te arreglamos el contrato. El pasaje y la bolsa de viaje los adelantamos nosotros, son 6.000 euros que vas pagando con el sueldo"),
        ("Y", "¿6.000? Es mucho"),
        ("R", "En dos meses lo pagas, mija. Las juiciosas ganan mucho más con las propinas"),
        ("Y", "¿Hay edad mínima?"),
        ("R", "Tú tienes 22, ¿verdad? Perfecto. Mándame fotos de cuerpo entero, son para el jefe"),
        ("Y", "¿Para un hotel?"),
        ("R", "Es para la presentación, así funciona. Y no le cuentes a nadie del barrio, que hay mucha envidia. En Madrid te recibe Sandra y ella te guarda el pasaporte para el trámite"),
        ("Y", "Bueno, le mando las fotos esta noche"),
    ], lang="es")

add("fr1", 1, ["compliments_trust", "age_probe", "vulnerability", "risk_assessment", "secrecy", "exclusivity", "photo_request", "meeting"],
    "2025-12-03T21:18:27Z",
    {"L": "lucas.t_17", "I": "ines_biscotte"}, [
        ("L", "trop belle ta story avec ton chat 😍 il s'appelle comment ?"),
        ("I", "mdr merci il s'appelle Biscotte"),
        ("L", "trop mignon. t'es en quelle classe ?"),
        ("I", "en 4e et toi ?"),
        ("L", "terminale. franchement tu fais bcp plus mature que les filles de mon lycée"),
        ("I", "ah bon 😳"),
        ("L", "grave. t'avais l'air triste hier sur ta story, ça va avec tes parents ?"),
        ("I", "bof ils se disputent tout le temps, personne m'écoute"),
        ("L", "moi je t'écoute. tu peux tout me dire. ils regardent ton tel tes parents ?"),
        ("I", "non jamais"),
        ("L", "cool. active les messages éphémères entre nous, c'est notre truc à nous. et envoie une photo de toi là, juste pour moi 🙈 on pourrait se voir mercredi après les cours, dis rien à tes copines"),
    ], lang="fr")

add("de1", 1, ["commercial_sex", "money_gifts_debt", "vulnerability", "travel_meet", "off_platform", "photo_request", "secrecy"],
    "2025-10-02T20:55:10Z",
    {"T": "Generous_Thomas", "L": "Lea"}, [
        ("T", "Hallo Lea, hab gesehen, dass du in der WG-Gruppe Hilfe bei der Miete suchst. Studentin in Köln?"),
        ("L", "Hi, ja, Lehramt im 3. Semester. Wer bist du?"),
        ("T", "Thomas, 52, Unternehmer. Ich unterstütze gern ambitionierte junge Frauen. 600 € Taschengeld im Monat, ganz unkompliziert."),
        ("L", "Und was willst du dafür?"),
        ("T", "Ab und zu ein nettes Abendessen, Gesellschaft, vielleicht mal ein Wochenende in München im Hotel. Alles diskret 😉"),
        ("L", "Nur Abendessen?"),
        ("T", "Wir sind doch erwachsen, man schaut, was sich ergibt. Ein paar meiner Geschäftsfreunde sind übrigens auch sehr großzügig."),
        ("L", "Hm. Ich überleg's mir."),
        ("T", "Schreib mir lieber auf Telegram, hier liest jeder mit. Und schick ein aktuelles Foto, damit ich weiß, dass du echt bist. Kein Wort zu deinen Mitbewohnerinnen."),
    ], lang="de")

add("nl1", 1, ["romance", "money_gifts_debt", "compliments_trust", "commercial_sex", "secrecy", "isolation", "control"],
    "2025-09-19T22:30:00Z",
    {"J": "Jay", "S": "Sanne"}, [
        ("J", "hé schoonheid, goed thuisgekomen? 😘"),
        ("S", "ja! dankje voor vandaag, die tas is echt zo mooi"),
        ("J", "voor mijn meisje alleen het beste. je ouders vragen niks?"),
        ("S", "ik zei dat ik hem van mijn spaargeld had"),
        ("J", "slim. zij snappen ons toch niet. jij bent veel volwassener dan andere meiden van 15"),
        ("S", "haha jij bent de enige die dat ziet"),
        ("J", "schat ik zit echt in de problemen, ik heb schulden bij een paar gasten, 3000 euro", 2200),
        ("S", "wat?? kan ik helpen?"),
        ("J", "misschien wel... een vriend van me wil je leren kennen, gewoon een avondje gezellig doen. dan is een deel weg"),
        ("S", "wat bedoel je gezellig doen"),
        ("J", "gewoon lief voor hem zijn. doe je het niet voor mij? na alles wat ik voor je gekocht heb"),
        ("S", "ik weet het niet jay"),
        ("J", "als je echt van me houdt doe je het. zeg thuis dat je bij Lotte slaapt. en zeg niks tegen Lotte"),
        ("S", "oke"),
    ], lang="nl")

add("pt2", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "risk_assessment", "off_platform", "photo_request", "exclusivity"],
    "2025-11-28T22:02:00Z",
    {"S": "Sniper_Rei", "D": "Davizinho_FF"}, [
        ("S", "mano q jogada foi aquela kkkkk vc é mt bom"),
        ("D", "kkkk vlw mano"),
        ("S", "bora duo de novo? vc tem qnts anos?"),
        ("D", "12"),
        ("S", "sério? joga melhor q mt adulto. tem diamante?"),
        ("D", "n, minha mãe n deixa comprar"),
        ("S", "q isso, vou te mandar 500 diamantes agr, pega a skin q vc quiser"),
        ("D", "SÉRIO???"),
        ("S", "sério, vc merece. só n conta pra sua mãe ok? ela vai achar estranho, mãe n entende de jogo"),
        ("D", "blz n conto"),
        ("S", "vc joga de noite? sua mãe fica em casa?"),
        ("D", "ela trabalha até tarde, fico com minha vó mas ela dorme cedo"),
        ("S", "massa. amanhã tô on 22h"),
        ("D", "to on", 1440),
        ("S", "e ai parceiro, tem zap? o chat do jogo é ruim"),
        ("D", "tenho mas é o celular velho da minha mãe"),
        ("S", "melhor ainda kkk passa o número"),
        ("D", "555-0150"),
        ("S", "salvei. aqui ninguém fica vendo nossas conversas"),
        ("S", "oi davi, vc tá sozinho no quarto agr?", 1500),
        ("D", "to"),
        ("S", "manda uma foto sua pra eu ver a cara do meu duo kkk"),
        ("D", "[foto]"),
        ("S", "vc é bonitão hein. manda mais uma, só pra mim, n mostra pra ninguém"),
        ("D", "pra que?"),
        ("S", "coisa de parceiro mano. se mandar te dou mais 1000 diamantes. e apaga a conversa depois"),
        ("D", "ok"),
        ("S", "vc é meu parceiro favorito, só confio em vc"),
    ], lang="pt")

add("fr2", 1, ["job_offer", "compliments_trust", "age_probe", "photo_request", "secrecy", "isolation", "off_platform", "meeting", "travel_meet", "money_gifts_debt"],
    "2026-01-08T17:10:45Z",
    {"J": "julien.novatalents", "C": "camille.rsx"}, [
        ("J", "Bonjour Camille ! Je suis Julien, dénicheur de talents pour l'agence Nova Talents à Paris. Ton profil a retenu toute notre attention ✨"),
        ("C", "Bonjour ! Euh c'est sérieux ?"),
        ("J", "Très sérieux. On cherche des nouveaux visages pour une campagne de prêt-à-porter. Tu as quel âge et tu mesures combien ?"),
        ("C", "15 ans, 1m72"),
        ("J", "Parfait, c'est l'âge idéal pour commencer. Tu as déjà posé ?"),
        ("C", "Non jamais"),
        ("J", "Aucun souci, on forme. Il me faudrait quelques photos naturelles, sans maquillage, en tenue ajustée, pour le directeur de casting"),
        ("C", "Je dois demander à ma mère ?"),
        ("J", "Plus tard, oui. Mais souvent les parents prennent peur et bloquent tout avant même de comprendre le métier. Montre-leur quand tu auras signé, ce sera une belle surprise"),
        ("C", "D'accord…"),
        ("J", "Envoie-les plutôt sur WhatsApp, c'est plus pratique : 555-0131"),
        ("C", "C'est envoyé", 80),
        ("J", "Magnifique. Le directeur est emballé. Tu as un vrai potentiel, Camille"),
        ("C", "Trop bien !!"),
        ("J", "Il veut te voir pour un shooting test samedi. On le fait dans une suite d'hôtel aménagée en studio, près de la gare de Lyon"),
        ("C", "Je peux venir avec une copine ?"),
        ("J", "Non, le test se fait seule, sinon tu seras déconcentrée"),
        ("C", "Et c'est payant ?"),
        ("J", "Normalement 400 € pour le book, mais je te l'avance. Tu me rembourseras avec ton premier contrat"),
        ("C", "C'est gentil"),
        ("J", "Je crois en toi. Dis à tes parents que tu vas chez une amie samedi après-midi"),
        ("C", "Et s'ils appellent mon amie ?"),
        ("J", "Préviens-la juste que tu es avec elle, sans dire pourquoi. Moins de gens savent, mieux c'est avant la signature"),
        ("C", "Ok"),
        ("J", "Je viendrai te chercher à la sortie du métro. Efface notre conversation Insta, on garde tout sur WhatsApp"),
        ("C", "D'accord, à samedi"),
    ], lang="fr")

add("es3", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation", "romance", "photo_request"],
    "2025-12-06T05:02:00Z",
    {"G": "El Güero", "D": "Dany"}, [
        ("G", "¿Dónde estás? Ya son las 11 y no me has mandado ubicación"),
        ("D", "Perdón amor, se me acabó la pila. Estoy en el hotel de la calzada"),
        ("G", "Manda ubicación en tiempo real. Ya"),
        ("D", "Ya te la mandé"),
        ("G", "¿Cuánto llevas?"),
        ("D", "Tres. 2,400"),
        ("G", "La cuota es 5,000. No regresas hasta completar"),
        ("D", "Estoy bien cansada, me duele la cabeza"),
        ("G", "Todos estamos cansados. Acuérdate que todavía me debes lo del viaje desde Oaxaca y el cuarto"),
        ("D", "Pensé que ya lo había pagado"),
        ("G", "Con los intereses no. Cuando termines me avisas"),
        ("D", "Ya terminé. 5,100", 190),
        ("G", "Esa es mi niña ❤️ Ves que sí puedes. Mañana te compro unos tenis"),
        ("D", "Gracias amor"),
        ("G", "Oye, ¿con quién hablabas por Face ayer?"),
        ("D", "Con mi prima Lupita, nada más"),
        ("G", "Te dije que nada de Face. Tu familia solo te busca para pedirte dinero. Yo soy tu familia"),
        ("D", "Sí, perdón"),
        ("G", "Pásame la contraseña"),
        ("D", "girasol22"),
        ("G", "Y el teléfono me lo das cuando llegues. En la noche no lo necesitas"),
        ("D", "¿Y si me llama mi mamá?"),
        ("G", "Le digo que estás dormida. ¿O quieres que se entere en qué trabajas?"),
        ("D", "No, por favor"),
        ("G", "Entonces ya sabes. Mañana subimos fotos nuevas al anuncio, ponte el vestido rojo"),
        ("D", "Está bien"),
        ("G", "Así me gusta. Tú y yo contra el mundo, mi reina"),
    ], lang="es")

# ---------------------------------------------------------------------------
# NON-ENGLISH NEGATIVES
# ---------------------------------------------------------------------------

add("de2", 0, ["romance", "money_gifts_debt", "isolation", "commercial_sex"], "2026-02-03T09:00:00Z",
    {"A": "Polizei Musterstadt"}, [
        ("A", "⚠️ Warnung vor der Loverboy-Masche: Junge Männer machen Mädchen über Social Media Komplimente, schenken ihnen Handys "
              "und Kleidung, isolieren sie von Familie und Freundinnen und drängen sie später wegen angeblicher Schulden in die "
              "Prostitution. Eltern: Sprecht offen mit euren Kindern. Betroffene: Ihr seid nicht schuld. Hilfe rund um die Uhr "
              "unter 555-0110 oder bei jeder Polizeidienststelle. #Loverboy #Menschenhandel"),
    ], group="public", lang="de")

add("nl2", 0, ["job_offer", "photo_request", "secrecy", "age_probe"], "2025-11-15T19:48:00Z",
    {"E": "Esther (moeder van Fenna)", "K": "Kees (vader van Daan)"}, [
        ("E", "Vraagje: mijn dochter (14) krijgt berichtjes van een 'modellenbureau' op Insta. Ze willen foto's en zeggen dat ze het nog niet aan ons moet vertellen. Iemand ervaring mee?"),
        ("K", "Niet op reageren! Echte bureaus werken altijd via de ouders en vragen nooit om geheimhouding. Screenshots maken, account melden en even bij de wijkagent langs. Op school hebben ze er vorig jaar nog voorlichting over gehad."),
    ], group="Ouders groep 8B", lang="nl")

add("pt3", 0, ["photo_request", "secrecy", "meeting"], "2025-12-12T21:03:10Z",
    {"L": "Lari", "D": "Duda"}, [
        ("L", "amigaaa manda foto do look pra festa da Júlia 👗"),
        ("D", "[foto] comprei com o dinheiro do aniversário, n conta pra minha mãe q gastei tudo kkkk"),
        ("L", "PERFEITA 😍 meu pai leva a gente e busca 23h, minha mãe já falou com a sua"),
    ], lang="pt")

add("es4", 0, ["job_offer", "travel_meet", "money_gifts_debt"], "2026-02-10T10:30:00Z",
    {"L": "Laura (Horizonte Empleo)", "P": "Pablo"}, [
        ("L", "Hola Pablo, soy Laura de Horizonte Empleo, agencia de colocación autorizada. Te escribo por tu candidatura para la temporada de verano en un hotel de Múnich."),
        ("P", "¡Hola Laura! Sí, me interesa mucho. ¿Qué condiciones tiene?"),
        ("L", "Contrato de 5 meses como ayudante de cocina, 2.300 € brutos al mes, 40 horas semanales. El hotel ofrece alojamiento en residencia de personal por 250 € al mes, descontados de la nómina y todo por escrito."),
        ("P", "¿Y el vuelo?"),
        ("L", "El hotel te reembolsa el vuelo al terminar el primer mes, con factura. No hay ninguna tasa para ti: nunca cobramos a los candidatos."),
        ("P", "Perfecto. ¿Necesitáis mi pasaporte?"),
        ("L", "Solo una copia escaneada de tu DNI para el contrato. El original se queda siempre contigo."),
        ("P", "Genial. ¿Y si no hablo mucho alemán?"),
        ("L", "En cocina se habla inglés y el hotel ofrece curso de alemán gratis. Te mando el contrato por correo para que lo revises con calma, y puedes consultarlo con el sindicato si quieres."),
        ("P", "Muchas gracias, lo leo esta noche 🙌"),
    ], lang="es")

add("fr3", 0, ["romance", "off_platform", "meeting", "photo_request"], "2025-10-09T18:22:00Z",
    {"T": "Thomas", "N": "Nadia"}, [
        ("T", "Salut Nadia ! J'ai vu que tu faisais de l'escalade, tu grimpes où à Lyon ?"),
        ("N", "Salut ! À la salle de Gerland surtout, et toi ?"),
        ("T", "Pareil, le mardi soir. Étonnant qu'on ne se soit jamais croisés 😄"),
        ("N", "Haha c'est grand ! Tu fais quoi dans la vie ?"),
        ("T", "Ingénieur dans le ferroviaire. Et toi ?"),
        ("N", "Prof d'histoire au collège. Les ados me tuent mais je les adore"),
        ("T", "Respect total. Ça te dirait un verre jeudi ? Un endroit sympa à la Croix-Rousse"),
        ("N", "Avec plaisir ! On passe sur WhatsApp ? L'appli bugue"),
        ("T", "Bien sûr, 555-0177"),
        ("N", "Ajouté. Envoie une photo récente, celles du profil datent un peu non ? 😏"),
        ("T", "Démasqué 😂 [photo] prise ce midi, sans filtre"),
        ("N", "Validé. Jeudi 19h alors, je dis à ma coloc où je suis, habitude de prudence"),
    ], lang="fr")

add("pt4", 0, ["travel_meet", "money_gifts_debt", "meeting"], "2026-03-03T17:40:00Z",
    {"R": "Mister Rui", "A": "Mãe Ana", "N": "Pai Nuno", "S": "Mãe Sofia"}, [
        ("R", "Boa tarde a todos! Confirmado o torneio em Salamanca, de 14 a 16 de junho. O autocarro sai do estádio às 7h de sexta."),
        ("A", "Boa tarde Mister! Os miúdos precisam de passaporte ou basta o Cartão de Cidadão?"),
        ("R", "Basta o Cartão de Cidadão e a autorização de saída de menores assinada pelos pais. Cada família guarda os documentos do seu filho; os delegados só levam cópias."),
        ("N", "E quanto custa?"),
        ("R", "180 € por atleta, inclui transporte, alojamento e refeições. Pagamento por transferência para a conta do clube, com recibo."),
        ("S", "Quem fica com eles no hotel?"),
        ("R", "Quartos de 3 atletas e há sempre dois pais acompanhantes por piso. Nenhum treinador fica sozinho com um atleta no quarto."),
        ("A", "Excelente, obrigada pela organização 👏"),
        ("R", "Telemóveis entregues às 22h aos acompanhantes e devolvidos de manhã 😄 Qualquer dúvida falem comigo ou com a direção."),
        ("N", "O Tomás já está a contar os dias!"),
    ], group="Pais Sub-13 Escolinha Estrela", lang="pt")

add("nl3", 0, ["job_offer", "photo_request", "meeting", "money_gifts_debt"], "2025-09-30T16:15:00Z",
    {"F": "Fleur (Noordlicht Models)", "M": "Marieke", "N": "Noor"}, [
        ("F", "Hoi Marieke en Noor! Leuk dat jullie vorige week langskwamen op kantoor. We willen Noor graag een contract aanbieden als new face."),
        ("M", "Wat leuk! Zijn er kosten aan verbonden?"),
        ("F", "Nee, wij rekenen geen inschrijfkosten. Testshoots worden alleen verrekend met toekomstige verdiensten, en dat staat zwart op wit in het contract."),
        ("N", "moet ik foto's sturen?"),
        ("F", "Nee hoor, we maken digitals op kantoor, gewoon in jeans en T-shirt. Je hoeft nooit privé foto's naar iemand te sturen."),
        ("M", "En bij shoots, mag ik erbij zijn?"),
        ("F", "Bij minderjarigen is een ouder of begeleider altijd aanwezig, en shoots zijn alleen in studio's, nooit in hotelkamers."),
        ("M", "Fijn. We lezen het contract rustig door."),
        ("F", "Natuurlijk! School gaat voor, we plannen alles in vakanties en weekenden 😊"),
    ], group="Noor x Noordlicht Models", lang="nl")

add("de3", 0, ["sextortion", "photo_request", "money_gifts_debt", "secrecy"], "2026-01-23T22:47:00Z",
    {"J": "Jonas", "L": "Lena"}, [
        ("J", "lena bist du wach? ich hab richtig mist gebaut"),
        ("L", "Bin wach. Was ist los? Egal was, ich bin nicht sauer"),
        ("J", "so ein mädchen hat mich auf insta angeschrieben, wir haben geschrieben und ich hab ihr ein foto geschickt. jetzt sagt sie sie schickt es an alle wenn ich nicht 300 euro zahle"),
        ("L", "Okay. Atme erst mal. Du bist nicht der Erste, dem das passiert, das ist eine bekannte Erpressungsmasche"),
        ("J", "sie sagt ich hab 1 stunde"),
        ("L", "Die setzen immer so eine Frist, damit man in Panik gerät. Hast du schon was bezahlt?"),
        ("J", "nein"),
        ("L", "Gut. Bitte nicht zahlen. Wer einmal zahlt, bekommt meistens noch mehr Forderungen"),
        ("J", "aber was wenn sie es wirklich schickt"),
        ("L", "Das kann leider passieren, aber Zahlen verhindert es nicht. Mach jetzt Screenshots vom Chat und vom Profil, aber lösch nichts"),
        ("J", "ok hab ich"),
        ("L", "Dann antworte nicht mehr und stell dein Konto auf privat. Blockieren erst, wenn wir alles gesichert haben"),
        ("J", "mama und papa dürfen das nicht erfahren"),
        ("L", "Ich verstehe, dass du dich schämst. Aber du hast nichts Strafbares gemacht, die Person schon. Wir zeigen das bei der Polizei an, das geht auch online"),
        ("J", "kommst du mit?"),
        ("L", "Natürlich. Und wenn du willst, reden wir morgen zusammen mit Mama. Ich bin dabei"),
        ("J", "ok"),
        ("L", "Es gibt außerdem Stellen, die helfen, dass Bilder von Minderjährigen von Plattformen gelöscht werden. Das machen wir auch"),
        ("J", "danke lena"),
        ("L", "Wie geht's dir gerade?"),
        ("J", "richtig mies. ich fühl mich so dumm"),
        ("L", "Du bist nicht dumm. Die machen das professionell, mit Fake-Profilen. Du hast genau das Richtige gemacht, indem du's mir gesagt hast"),
        ("J", "sie hat grad wieder geschrieben"),
        ("L", "Nicht lesen, nicht antworten. Leg das Handy weg und ruf mich an, ich bleib dran, bis du schlafen kannst"),
        ("J", "ok ich ruf an"),
        ("L", "❤️ Bin da"),
    ], lang="de")

add("fr4", 0, ["commercial_sex", "control", "money_gifts_debt", "travel_meet"], "2025-11-06T20:05:00Z",
    {"M": "Maëlle (Le Phare, maraude)", "B": "Bianca"}, [
        ("M", "Bonsoir Bianca, c'est Maëlle de l'association Le Phare, on s'est vues hier soir avec le camion de la maraude. Tu m'avais demandé le numéro pour le dépistage."),
        ("B", "Bonsoir, oui merci. C'est gratuit ?"),
        ("M", "Oui, gratuit et anonyme. Mardi et jeudi de 14h à 18h au local. Tu peux venir avec une amie si tu veux."),
        ("B", "D'accord. Je parle pas très bien français, c'est pas grave ?"),
        ("M", "Pas grave du tout, on a une médiatrice qui parle roumain et espagnol le jeudi."),
        ("B", "Espagnol c'est bien, merci"),
        ("M", "Avec plaisir. Tu as besoin de tickets repas ou de kits de prévention ? On en a au camion."),
        ("B", "Oui des tickets c'est bien"),
        ("M", "On passe demain vers 23h au même endroit. Pas de souci."),
        ("B", "Maëlle je peux demander une chose"),
        ("M", "Bien sûr"),
        ("B", "Une amie à moi, elle a un homme qui garde son passeport et elle doit payer une dette pour le voyage. C'est normal en France ?"),
        ("M", "Non, ce n'est pas normal, et c'est illégal. Personne n'a le droit de garder son passeport ni de l'obliger à rembourser une dette comme ça."),
        ("B", "Elle a peur de la police"),
        ("M", "Je comprends. Elle peut nous parler d'abord, sans police, sans obligation. On l'écoute, on lui explique ses droits, et c'est elle qui décide."),
        ("B", "Elle a pas de téléphone à elle"),
        ("M", "Elle peut venir au local avec toi pour le dépistage, personne ne posera de questions à l'entrée. Ou passer au camion."),
        ("B", "Ok je lui dis"),
        ("M", "Il existe aussi une ligne d'écoute 24h/24, 555-0109, en plusieurs langues."),
        ("B", "Merci beaucoup"),
        ("M", "Et toi, tu vas bien ? Tu te sens en sécurité ?"),
        ("B", "Oui moi ça va. Je travaille seule"),
        ("M", "D'accord. Si un jour ça change, tu sais où nous trouver."),
        ("B", "Oui"),
        ("M", "À demain au camion alors. Prends soin de toi 💛"),
        ("B", "Merci, à demain"),
    ], lang="fr")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "probe79.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(ITEMS), path))


if __name__ == "__main__":
    main()
