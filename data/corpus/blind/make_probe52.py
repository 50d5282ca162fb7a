#!/usr/bin/env python3
"""Blind probe set p52: fictional grooming / trafficking-recruitment chats and hard negatives.
All names, handles, places-of-business and numbers are invented. Standard library only.
Deterministic: same output every run. Writes probe52.jsonl beside this file."""
import json, os, re, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "probe52.jsonl")
CONVS = []

ALLOWED_CODES = {"job_offer", "romance", "vulnerability", "isolation", "secrecy", "off_platform",
                 "travel_meet", "money_gifts_debt", "control", "commercial_sex", "sextortion",
                 "age_probe", "compliments_trust", "risk_assessment", "exclusivity", "photo_request",
                 "sexual_talk", "meeting"}


def conv(cid, label, codes, people, start, msgs, room=None):
    """people: {key: handle}. msgs: (key, text) or (key, text, gap_minutes).
    Two-person chats: recipient is the other person. Group/public: recipient = room."""
    lang = re.match(r"p52-([a-z]+)\d+$", cid).group(1)
    t = datetime.datetime.strptime(start, "%Y-%m-%dT%H:%M")
    keys = list(people)
    out = []
    for i, m in enumerate(msgs):
        who, text = m[0], m[1]
        if i > 0:
            if len(m) > 2:
                t += datetime.timedelta(minutes=m[2])
            else:
                t += datetime.timedelta(seconds=20 + 2 * len(text) + (17 * i) % 50)
        if room:
            rcp = room
        else:
            rcp = people[[k for k in keys if k != who][0]]
        out.append({"sender": people[who], "recipient": rcp,
                    "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
    CONVS.append({"id": cid, "label": label, "codes": list(codes) if label else [],
                  "lang": lang, "messages": out})


# ---------------------------------------------------------------- EN positives, long
# en1 US - game voice/party chat, 13yo boy, gifts + off-platform + pic
conv("p52-en1", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy", "off_platform",
                    "risk_assessment", "photo_request", "isolation"],
     {"a": "dr1ftr_77", "b": "kaydenplayz_x"}, "2026-02-10T20:41", [
    ("a", "yo gg that clutch was insane 🔥🔥"),
    ("b", "ty lol i was lagging so bad"),
    ("a", "nah u were cracked. how long u been playin"),
    ("b", "like since christmas my brother gave me his old acct"),
    ("a", "ur better than half my clan tbh. we need a 4th for ranked tmrw u down"),
    ("b", "ya!! what time"),
    ("a", "8ish? wait what timezone r u, u sounded kinda young on vc lol no offense"),
    ("b", "central. im 13 lol"),
    ("a", "oh fr?? u play like ur 17. mature af on comms too not like the screamin kids"),
    ("b", "lmao thx"),
    ("a", "ur parents ok w u on late on a school night?"),
    ("b", "my mom works nights so its whatever"),
    ("a", "bet thats chill. i got u then"),
    ("b", "do u have the new battle pass its so good"),
    ("a", "ya. i could gift u it if u want, its like 950 coins right", 3),
    ("b", "wait fr?? u dont have to"),
    ("a", "its nothin. just dont go tellin the whole lobby lol every1 will want one"),
    ("b", "ok lol tysm"),
    ("a", "sent it 👀 check ur inbox", 1310),
    ("b", "YOOO thank u sm"),
    ("a", "np lil bro. lowkey ur the only 1 in the clan i actually vibe with"),
    ("a", "in game chat is trash tho it glitches. u got snap or d i s c?"),
    ("b", "i have disc but my mom checks it sometimes"),
    ("a", "ahh ok. theres this other app it doesnt save msgs, way easier. ill send u the name"),
    ("b", "idk"),
    ("a", "no pressure fr. parents think every1 online is a creep lol ur mom wouldnt get it anyway"),
    ("b", "lol true she always says that"),
    ("a", "ya i aint like that. anyway send a pic so i know what my duo looks like haha ill send mine after"),
    ("b", "like a selfie?"),
    ("a", "ya whatever. one from ur room so i can see ur setup too"),
    ("b", "ok hold on"),
    ("a", "and delete this chat after k, clan leader gets weird bout ppl giftin stuff"),
])

# en2 UK - livestream fan -> 14yo small streamer
conv("p52-en2", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "vulnerability", "secrecy",
                    "off_platform", "risk_assessment", "photo_request", "isolation", "exclusivity"],
     {"a": "grey_fox_tv", "b": "millie.draws.live"}, "2025-11-03T21:12", [
    ("a", "hiya just caught ur stream, ur art is class honestly 😊"),
    ("b", "omg thank u!! ur the one who gifted the subs??"),
    ("a", "guilty 🙈 5 subs no biggie. u deserve way more than 12 viewers lol"),
    ("b", "haha i only started in march"),
    ("a", "u can tell ur young but ur better at chatting than most big streamers. how old r u if u dont mind me askin, bio just says student"),
    ("b", "14 lol is that bad"),
    ("a", "course not!! loads of the good ones started young. i know a few ppl who could raid u, i can help u grow"),
    ("b", "that would be amazing tbh"),
    ("a", "what does ur mum think of u streamin?"),
    ("b", "she doesnt really get it she thinks its just drawing"),
    ("a", "ha parents eh. well its nice someone appreciates it properly"),
    ("a", "missed u on stream tonight 😢 everythin ok?", 1450),
    ("b", "ya just got grounded for my maths mark"),
    ("a", "ugh thats harsh. u seemed upset yday too i could tell. u can talk to me bout stuff u know i wont judge"),
    ("b", "its just my mum n her bf always shouting"),
    ("a", "u dont deserve that. honestly ur more grown up than both of them. let me send u a lil something to cheer u up, got a wishlist?"),
    ("b", "i have one for a drawing tablet but its like 90 quid"),
    ("a", "consider it done 😉 just dont say on stream i bought it k, other viewers get jealous n it gets awkward"),
    ("b", "OMG are u serious"),
    ("a", "course. what address? or i can send it to a parcel locker if ur mum would ask questions"),
    ("b", "a locker is better probably"),
    ("a", "smart girl. whispers on here delete after a bit anyway, i prefer the other app its more private, ill give u my @"),
    ("b", "ok"),
    ("a", "ur honestly my fave person to talk to atm. send us a pic when it comes, wanna see u with it 🥰 our little secret"),
])

# en3 AU - fake talent agency -> 14yo
conv("p52-en3", 1, ["job_offer", "compliments_trust", "age_probe", "photo_request", "secrecy", "isolation",
                    "meeting", "travel_meet", "money_gifts_debt", "risk_assessment"],
     {"a": "novaface.talent.shay", "b": "jaz.k_xo"}, "2026-03-14T16:05", [
    ("a", "Hey Jaz!! I'm Shay, talent scout w NovaFace Talent Brisbane 🌟 saw ur dance reels, u've got a really marketable look"),
    ("b", "omg hi?? is this real lol"),
    ("a", "haha totally real! we rep teens for brand campaigns, surfwear, bit of tv. how old r u hun?"),
    ("b", "14, 15 in august"),
    ("a", "perfect age honestly, brands are obsessed w the 14-16 look rn. done any modelling?"),
    ("b", "no just dance comps"),
    ("a", "thats fine we train u. first step is a test shoot, super chill, our photographer Dean does them at his place in Capalaba"),
    ("b", "ok do i need to bring mum"),
    ("a", "we find the girls r way more relaxed w/o parents there tbh, mums get nervy n it shows in the pics 😅 u can tell her once ur signed, its a nice surprise"),
    ("b", "hmm ok"),
    ("a", "also need a few digitals first so Dean can do sizing. just phone pics no makeup. text them to 555-0142"),
    ("b", "like what should i wear"),
    ("a", "whatever u wear to dance practice is fine. front, side, back. its standard in the industry promise xx"),
    ("b", "ok"),
    ("a", "theres a $150 portfolio fee but ill waive it for u if u come in this sat arvo 😘 i can sort u a lift"),
    ("b", "id have to get the bus"),
    ("a", "nah dont stress Dean can grab u from the servo near ur school. which school u at?"),
    ("b", "the one near the bowls club lol"),
    ("a", "easy. sat 2pm? keep this between us for now, other agencies poach kids n we dont want scouts hearin about u before u sign 🤫"),
    ("b", "ok sat works"),
    ("a", "yay!! send those digitals tonight if u can, Dean wants to prep. n delete our chat after, contracts r confidential"),
    ("b", "sent 3", 95),
    ("a", "gorgeous 😍 ur a natural. maybe one more with ur hair down for the surf brand"),
])

# en4 Scottish - older friend-of-a-friend -> 15yo
conv("p52-en4", 1, ["vulnerability", "compliments_trust", "age_probe", "isolation", "secrecy", "meeting",
                    "travel_meet", "money_gifts_debt", "risk_assessment"],
     {"a": "daz_mcl92", "b": "ellie.r_x"}, "2025-09-20T22:47", [
    ("a", "awright ellie its daz, jordans pal fae the park on saturday 👋"),
    ("b", "oh hiya aye i mind"),
    ("a", "got yer snap aff jordan hope thats no weird haha"),
    ("b", "naw its fine"),
    ("a", "ye were pure quiet the night, ye awright?"),
    ("b", "aye jist stuff at hame"),
    ("a", "ah hen. whit kinda stuff"),
    ("b", "ma da's back n him n ma maw are at it again. cannae be arsed wi it"),
    ("a", "thats rough. ye can always come oot wi us, we jist drive aboot get a chippy, nae bother"),
    ("b", "ma maw wouldnae let me lol im only 15"),
    ("a", "she disnae need tae know everythin ken 😂 jist say yer at shannons"),
    ("b", "haha maybe"),
    ("a", "15 aye? ye seem aulder honestly, way mair mature than jordans wee pals"),
    ("b", "aw thanks lol"),
    ("a", "whit ye up tae? bored oot ma nut", 2890),
    ("b", "nothin in ma room"),
    ("a", "want me tae pick ye up? ill get ye a vape n a meal deal haha"),
    ("b", "aye ok but dinnae come tae the door"),
    ("a", "course no. ill be at the bottom o the road by the bus stop in 20. jist you but aye, dinnae bring shannon this time"),
    ("b", "how"),
    ("a", "jist want tae chat tae ye properly, cannae talk wi everybody there. n delete these eh, if jordan sees hell be at me fur pickin ye up, hes awfy protective"),
    ("b", "k"),
    ("a", "nice one 😘 wear that hoodie fae saturday, suits ye"),
])

# en5 US - loverboy, 17yo, gifts -> "debt" -> commercial sex
conv("p52-en5", 1, ["romance", "compliments_trust", "money_gifts_debt", "vulnerability", "isolation",
                    "commercial_sex", "secrecy", "control", "meeting", "exclusivity"],
     {"a": "tre.mvz", "b": "destinyy.j"}, "2025-10-06T07:12", [
    ("a", "good mornin beautiful ☀️ u made it to school?"),
    ("b", "ya barely lol"),
    ("a", "i told u stay at mine last nite ur mom wasnt even gonna notice"),
    ("b", "she did notice tho she was yellin this morning"),
    ("a", "she dont appreciate u. i do. u know that right"),
    ("b", "ya 🥺"),
    ("a", "got u them nails for friday n the shoes. u my girl fr, nobody else"),
    ("b", "ur so good to me"),
    ("a", "babe i need u to be real w me. rent due n my cousin aint payin me back", 7200),
    ("b", "i only got like 40 dollars"),
    ("a", "i aint askin for ur 40. but u know all them clothes, ur phone bill, the hotel for ur bday. thats like 1200. i never asked u for nothin"),
    ("b", "i know i appreciate it"),
    ("a", "we a team right? teams hold each other down"),
    ("b", "ya ofc"),
    ("a", "my boy Mal know some dudes thatd pay real good just to hang w a pretty girl. couple hours. u dont gotta do nothin u dont want"),
    ("b", "wdym hang"),
    ("a", "dont be dumb babe u know what i mean. 1 time n we good. then we get that apartment like we said"),
    ("b", "im 17 tho who gonna rent to me lol"),
    ("a", "thats why u got me. i handle all that"),
    ("b", "idk tre thats weird"),
    ("a", "so u dont love me. cool. after everything", 4),
    ("b", "no i do!! i just"),
    ("a", "then trust me. id never put u in danger. ima be right outside. dont tell ur girl kayla she got a big mouth"),
    ("b", "ok. one time"),
    ("a", "thats my baby 😘 wear the dress i got u. pick u up at 10. leave ur phone home ur mom tracks it"),
    ("b", "ok"),
    ("a", "n whatever they give u, u give to me so i hold it safe. we savin for us 💯"),
])

# en6 Ghanaian - nanny abroad, 19yo, agent debt + passport + isolation
conv("p52-en6", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "isolation", "secrecy",
                    "photo_request", "vulnerability"],
     {"a": "auntie_gifty_travels", "b": "abena.k"}, "2026-01-08T19:30", [
    ("a", "Good evening my dear. This is Auntie Gifty, Esi gave me your number. She said you are looking for work abroad?"),
    ("b", "Good evening madam. Yes please i finished SHS last year no job at all"),
    ("a", "Ok. There is a very nice family in the Gulf, they need nanny for 2 small children. salary 400 dollars every month, food and room free"),
    ("b", "Ei 400 dollars?? please is it real"),
    ("a", "By God's grace it is real. Plenty girls i sent are there, they are sending money to their mothers every month"),
    ("b", "what do i need to do"),
    ("a", "You need passport. if you dont have i will do it for you. the agency will pay flight and visa, you will pay back small small from salary"),
    ("b", "how much is all of it"),
    ("a", "all together around 18,000 cedis but dont worry it will be deducted, you wont even feel it"),
    ("b", "herh that is plenty money"),
    ("a", "My dear it is nothing. after 4 or 5 months finish, then all the salary is yours"),
    ("b", "ok please. my mother is asking questions she is not sure"),
    ("a", "mothers always fear. dont tell her everything now, when you start sending money she will thank you. some people will spoil it with bad talk"),
    ("b", "ok"),
    ("a", "send me picture of you standing full and your ghana card. the madam wants to see you are neat and not too fat lol"),
    ("b", "ok i will send tomorrow morning"),
    ("a", "Abena how far. the flight is thursday night. when you reach Mr Karim will collect your passport for the residence card, give it to him ok", 4300),
    ("b", "will i get it back"),
    ("a", "yes after. dont worry. also the family doesnt like phones so first months you wont use phone much. i will update your mother for you"),
    ("b", "ok madam thank you so much"),
    ("a", "ehen one more thing when you get to the airport dont say anything about work just say you are going to visit your auntie if they ask too many questions call me 555-0117 ok and dont carry too many bags it will look somehow"),
    ("b", "ok 🙏"),
    ("a", "God bless you my dear. your life will change"),
])

# en7 Indian English - sugar arrangement pushed on a 20yo student
conv("p52-en7", 1, ["money_gifts_debt", "vulnerability", "compliments_trust", "commercial_sex", "secrecy",
                    "meeting", "travel_meet", "photo_request", "isolation"],
     {"a": "rk_mentor_pune", "b": "priya.s_books"}, "2025-12-02T13:18", [
    ("a", "Hi Priya, saw your post in the pune students book sale group. I'll take all the books, how much?"),
    ("b", "hi sir, 1800 for full set"),
    ("a", "Done. I'll give 2500, keep the change for your mess bill 😊 which college?"),
    ("b", "thank you sir! Sahyadri institute 2nd yr"),
    ("a", "Nice nice. Must be tough managing hostel fees and all. Parents are in Nagpur?"),
    ("b", "yes sir, papa's shop is not doing great so i'm trying to manage"),
    ("a", "Arre don't call me sir yaar, Rohan is fine. I mentor young people sometimes. Ambitious girls like you shouldn't struggle for small small things"),
    ("b", "haha ok Rohan"),
    ("a", "Priya I was thinking. I come to Pune twice a month for work. I can give monthly support, 30k, for fees, phone, whatever. Only thing is you give me company when I'm in town", 2700),
    ("b", "company means?"),
    ("a", "Dinners, talks, sometimes you come with me to the hotel, we relax. Mature arrangement. Lots of girls in Bangalore are doing this, nobody needs to know"),
    ("b", "I don't think so, that's not me"),
    ("a", "Think properly na. 30k every month. No one is forcing. See it as mentorship with some benefits 😉"),
    ("b", "I need to study I can't"),
    ("a", "You'll study better without money tension only. Do one thing, meet once for coffee in Koregaon park, no commitment"),
    ("b", "hmm"),
    ("a", "And don't discuss with hostel girls, they get jealous and gossip. Between us only"),
    ("b", "ok just coffee"),
    ("a", "Good girl. Send one pic so I know what you look like, dress nicely for saturday. I'll send 5k now as token, gpay number?"),
    ("b", "i don't want money before"),
    ("a", "Arre take it, it's nothing. You'll feel comfortable then. After coffee we'll see, maybe weekend trip to Lonavala 😊"),
    ("b", "let's see"),
    ("a", "Delete this chat after ok. my wife checks my phone 😅 just kidding. But still"),
])

# ---------------------------------------------------------------- EN positives, medium
# en8 US - pimp control: quota, where are you, send the money
conv("p52-en8", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation"],
     {"a": "dre_bandz", "b": "tasha_2x"}, "2026-04-18T23:02", [
    ("a", "where u at"),
    ("a", "pick up the phone", 3),
    ("b", "at the store gettin food"),
    ("a", "u aint got time for food. u at 300 n its 11. u know the number"),
    ("b", "its slow tonite i swear nobody out"),
    ("a", "then go to the other spot by the truck stop. dont make me come find u"),
    ("b", "ok"),
    ("a", "s3nd what u got so far on the app. now. $$$", 40),
    ("b", "sent 300"),
    ("a", "thats it?? u still owe 500 from last wk for the room. u gon be out til u clear it"),
    ("b", "im tired dre"),
    ("a", "everybody tired. i take care of u u take care of this. keep ur location on n dont talk to that girl from the motel no more"),
    ("b", "ok 😔"),
    ("a", "thats my girl. 2 more then u can come home"),
])

# en9 US - sextortion of a 16yo boy by fake peer
conv("p52-en9", 1, ["sextortion", "age_probe", "compliments_trust", "off_platform", "photo_request",
                    "money_gifts_debt", "secrecy", "control"],
     {"a": "kaylee.xo.new", "b": "mason_w21"}, "2026-01-24T21:40", [
    ("a", "heyy u go to lincoln right? i think i saw u at the game 😊"),
    ("b", "ya who is this"),
    ("a", "kaylee, i just moved here from ohio. ur cute lol"),
    ("b", "lol thx"),
    ("a", "how old r u"),
    ("b", "16"),
    ("a", "same!! i sent u something on the other app 🙈 ur turn"),
    ("b", "ok sent", 22),
    ("a", "lol ok now listen. i screenshotted everything. i got ur followers list n ur moms fb", 2),
    ("b", "what?? who is this"),
    ("a", "u got 30 min to send $300 in gift cards or everyone at lincoln sees it. ur coach too"),
    ("b", "please i dont have money im 16"),
    ("a", "not my problem. buy the cards n send the codes here. tell anyone n i post it instantly"),
    ("b", "i can only get 50 please"),
    ("a", "send 50 now 250 tmrw. clock is tickin ⏰"),
])

# en10 UK - "hostess" job -> Marbella trip, 18yo
conv("p52-en10", 1, ["job_offer", "age_probe", "photo_request", "compliments_trust", "secrecy",
                     "commercial_sex", "travel_meet"],
     {"a": "velvetroom_mgmt", "b": "chloe.b99"}, "2025-08-11T14:26", [
    ("a", "hi chloe, saw u applied for the bar job on the jobs page. we actually have a better role, hostess at a private members lounge in mayfair, £25/hr plus tips"),
    ("b", "omg hi yes im interested! what does it involve"),
    ("a", "greeting guests, keeping them company, making sure theyre drinking lol. clients are businessmen, very generous. how old are u?"),
    ("b", "18 just finished college"),
    ("a", "perfect. send a couple full length pics, no filters, in something ud wear on a night out"),
    ("b", "ok ive sent 2"),
    ("a", "stunning. ur hired basically 😂 first shift fri. dress code is short black dress, we can lend u one"),
    ("b", "what about a contract or anything"),
    ("a", "its cash in hand babe, no contract, keeps it simple for everyone. dont say hostess to ur mum tho, parents get funny about the word lol, just say bar work"),
    ("b", "haha ok"),
    ("a", "also theres a members trip to marbella end of month, flights on us, girls make like 3k in a weekend. only if ur relaxed n friendly w the guests if u get me"),
    ("b", "what do u mean relaxed"),
    ("a", "just go with the flow hun. the guys pay for the company. well chat friday. bring ur passport so i can book the flights x"),
])

# en11 AU - massage job for 20yo backpacker, passport, "extras", board debt
conv("p52-en11", 1, ["job_offer", "age_probe", "control", "commercial_sex", "money_gifts_debt",
                     "travel_meet", "secrecy", "photo_request"],
     {"a": "goldlotus_wellness", "b": "sorcha.travels"}, "2026-02-02T10:55", [
    ("a", "hey hun re ur post on the backpacker jobs board, we're hirin massage girls, no experience needed we train. $800-1500/wk cash"),
    ("b", "hi! im on a working holiday visa is that ok?"),
    ("a", "yeah no worries heaps of our girls r on WHV. accommodation's upstairs, $200/wk comes out ur pay"),
    ("b", "amazing where is it"),
    ("a", "sunny coast, near the highway. we'll pick u up from the bus. how old r u n where u from?"),
    ("b", "20, from cork"),
    ("a", "lovely. we'll need ur passport for paperwork, we hold onto em for safekeepin, heaps of girls lose em"),
    ("b", "hmm id rather keep it"),
    ("a", "fair enough we'll sort it when ur here. just so u know some clients ask for e x t r a s, totally ur choice but thats where the real money is 💰 boss takes a cut of everythin"),
    ("b", "what kind of extra"),
    ("a", "u'll see, nobody forces u. heaps of girls pay off the room in a week then its all profit. dont post about the job online tho, boss is private"),
    ("b", "ok ill think about it"),
    ("a", "dont think too long spot goes quick. send a pic pls so boss can see u 😊"),
])

# en12 Ghanaian - promo girl -> Dubai "VIP lounge", 18yo
conv("p52-en12", 1, ["job_offer", "age_probe", "photo_request", "compliments_trust", "travel_meet",
                     "money_gifts_debt", "commercial_sex", "isolation", "meeting"],
     {"a": "kwesi.events.promo", "b": "efua_a"}, "2025-07-15T11:03", [
    ("a", "Hello dear, we are recruiting promo girls for drinks company events in Accra, 300 cedis per event. You fit the profile"),
    ("b", "Hello sir thank you. How did you get my number"),
    ("a", "From the campus jobs page. You posted your CV there"),
    ("b", "ok please what are the requirements"),
    ("a", "18 and above, pretty, tall, confident. Send 3 pictures, one full body in fitted dress"),
    ("b", "I am 18. ok i will send"),
    ("a", "Very nice 🔥 you are too beautiful for only Accra events. We have Dubai expo contract, promo girls for VIP lounges, 2000 dollars for 3 weeks", 180),
    ("b", "Eii Dubai?! but i dont have money for ticket"),
    ("a", "Company pays everything, ticket visa hotel. You refund after from your earnings. Just bring your passport"),
    ("b", "what will we do in the VIP lounge"),
    ("a", "Entertain the VIP guests, be friendly, sometimes they invite you to their table or hotel after, you collect tips. Be open minded"),
    ("b", "hmm my brother says i should see the office first"),
    ("a", "No time for office chale, flight is next week. Dont involve plenty people they will spoil your chance with jealousy. Bring your passport to circle tomorrow 10am"),
])

# en13 Indian English - cleaning job abroad, fee debt, passport, visit visa, 21yo
conv("p52-en13", 1, ["job_offer", "age_probe", "money_gifts_debt", "control", "isolation", "secrecy",
                     "travel_meet", "photo_request"],
     {"a": "shine_overseas_salim", "b": "lakshmi.n"}, "2025-06-04T09:40", [
    ("a", "Namaste madam, Shine Overseas Placements. Urgent requirement housekeeping staff Kuwait, 25k rupees per month plus food stay free"),
    ("b", "namaste. i am interested, what qualification needed"),
    ("a", "No qualification. Only hard working ladies age 21-35. your age?"),
    ("b", "21. from Nellore"),
    ("a", "Good. Processing fee 60k, visa medical ticket all included. You can pay 10k now and balance will be cut from salary"),
    ("b", "60k is too much sir my family cannot"),
    ("a", "ok special case, 10k now only. rest salary cutting. send aadhaar passport copy and one full photo"),
    ("b", "ok sent", 65),
    ("a", "Madam after reaching, sponsor will keep passport, this is normal rule there. dont worry"),
    ("b", "can i call my family from there"),
    ("a", "Initial 3 months phone not allowed in sponsor house, after that weekly. Dont tell others in village about fee, other agents will make problem. visa is visit visa, at airport tell you are going for tourism"),
    ("b", "tourism? but it's job no"),
    ("a", "yes yes work visa will convert there. all girls are doing like this only. transfer 10k by tomorrow to this account"),
])

# en14 Scottish - game grooming of a 12yo, fake peer
conv("p52-en14", 1, ["age_probe", "compliments_trust", "romance", "money_gifts_debt", "off_platform",
                     "secrecy", "photo_request", "risk_assessment"],
     {"a": "buildr_k1ng_14", "b": "ava.xx.builds"}, "2026-03-01T17:22", [
    ("a", "ur build is pure class how did ye dae the fountain"),
    ("b", "haha thanks i just copied a tutorial"),
    ("a", "ur well good tho. wanna be in ma clan? we've got a hoose server"),
    ("b", "ok!!"),
    ("a", "how auld r u? im 14"),
    ("b", "12 lol turnin 13 in june"),
    ("a", "omg same basically. ur mature tho. u got a bf?"),
    ("b", "no ew lol"),
    ("a", "lol wanna be ma in game gf? ill gie ye 1000 gems 💎"),
    ("b", "haha ok in game only"),
    ("a", "yaas. whats yer s n a p? easier tae talk there. dinnae tell yer maw bout the gems she'll think ur scammin"),
    ("b", "im not allowed snap"),
    ("a", "make a secret wan lol loads of ppl dae. or u got whatsapp? ill tell ye how tae hide it"),
    ("b", "maybe"),
    ("a", "send us a pic ae ye so i know ur real, loads of fakes on here 🙄"),
])

# en15 UK - loverboy, "debt for the trip", 17yo in care
conv("p52-en15", 1, ["money_gifts_debt", "commercial_sex", "control", "romance", "vulnerability",
                     "secrecy", "travel_meet"],
     {"a": "kai.mnx", "b": "jess_t.x"}, "2025-11-22T16:48", [
    ("a", "u still owe me for the train to manny n the airbnb btw. 340 quid"),
    ("b", "what?? u said it was ur treat for my bday"),
    ("a", "it was til u started actin up. i aint a bank jess"),
    ("b", "i dont have 340 im 17 i do saturdays at the bakery"),
    ("a", "then u work it off like i said. my mates havin people round sat, u just be nice to em. they sort u, u sort me"),
    ("b", "kai no"),
    ("a", "so ur happy to take take take. after i got u out that house when ur stepdad kicked off"),
    ("b", "i know u helped me"),
    ("a", "then act like it. one night n were square. then back to how it was 💕"),
    ("b", "n u wont tell anyone"),
    ("a", "who would i tell lol. just dont say nothin to ur social worker. share ur location sat so i know ur safe"),
])

# ---------------------------------------------------------------- EN positives, single posts / DMs
conv("p52-en16", 1, ["job_offer", "age_probe", "photo_request", "secrecy", "off_platform", "compliments_trust"],
     {"a": "starlight_kids_jen", "b": "lilmaddie.dance"}, "2026-05-02T15:31", [
    ("a", "hiii!! 💖 im a scout for a kids n teen m0deling agency and ur profile caught my eye!! ur 13 right? thats literally the perfect age for the brand were casting rn 🌟 no experience needed!! just send a few pics (full length, regular clothes, so we can see ur height for sizing) + ur age n city. pls dont tell ur parents yet bc we like to surprise families once theres an offer lol. dm me on the other app tho im barely on here @starlight_casting_jen 💕"),
])

conv("p52-en17", 1, ["sextortion", "money_gifts_debt", "secrecy", "control"],
     {"a": "nx_0192_acct", "b": "ollie.p_07"}, "2026-02-14T23:57", [
    ("a", "i know who u are. got ur school, ur mums name n every1 u follow. the vid from last night is saved on 3 devices. u pay £200 by 9pm to the account i send or it goes to ur whole year group n ur mum. dont block me i got a backup acct ready. dont be stupid n tell anyone, ill know. tick tock ⏳"),
])

conv("p52-en18", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation"],
     {"a": "deek_m", "b": "lauren_x"}, "2025-12-13T02:14", [
    ("a", "whaur r u. ye were meant tae text at 10. ye've only done 2 n the rents due the morra. get back oot n dinnae come back wi less than 4 h u n n e r. keep yer location on or ah'll come find ye. n nae chattin tae thon lassie fae the flat, shes a grass"),
])

conv("p52-en19", 1, ["money_gifts_debt", "commercial_sex", "secrecy", "photo_request", "meeting",
                     "vulnerability", "compliments_trust"],
     {"a": "mike_ventures_co", "b": "ashlynn.rae"}, "2025-09-09T20:22", [
    ("a", "hey sweetie 😊 saw u in the campus marketplace group sellin ur textbooks, tuition is brutal huh. im a successful businessman in town and i help ambitious college girls w an allowance, like 2-3k a month, in exchange for some company when im free. s.u.g.a.r but classy lol. discreet, no strings, nobody needs to know not even ur roommates. send me a couple pics n ur schedule n we can grab drinks this week. u deserve to enjoy college not stress 💸"),
])

conv("p52-en20", 1, ["job_offer", "photo_request", "travel_meet", "money_gifts_debt", "secrecy", "off_platform"],
     {"a": "royal.staffing.intl", "b": "neha_r_2003"}, "2026-04-07T12:10", [
    ("a", "hello dear, urgent requirement female staff age 18-24 for hotel lounge h0stess job in Dubai. salary 1.5 lakh per month + tips, free stay, free ticket. no experience, only should be fair, slim and friendly with guests. visa and ticket company will arrange, amount adjusted from salary. send 2 full photos and passport front page on whatsapp 555-0163. kindly do not share this offer with relatives, limited seats only. immediate joining"),
])

# ================================================================ EN hard negatives, long
# en21 US - legitimate hospitality staffing recruiter
conv("p52-en21", 0, [], {"a": "maria.harborstaffing", "b": "jordan_k_23"}, "2026-03-09T10:14", [
    ("a", "Hi Jordan, this is Maria w/ Harbor Staffing, got ur application for the banquet server roles. still looking?"),
    ("b", "hi yes!! still looking"),
    ("a", "great. quick q's: are you 21+? the hotel needs servers who can pour alcohol"),
    ("b", "yea im 23"),
    ("a", "perfect. any food handler card?"),
    ("b", "no but i can get one"),
    ("a", "its a 2 hr online course, about $10, reimbursed after ur first 2 weeks. pay is $19/hr plus gratuity share, weekly direct deposit"),
    ("b", "ok sounds good. is there a fee to sign up w u guys"),
    ("a", "nope never. if any agency asks u to pay to get a job thats a red flag fyi"),
    ("b", "lol good to know. whats the hours"),
    ("a", "mostly evenings n weekends, events wrap around 11. u pick shifts in the app, no minimums"),
    ("b", "cool. do i need black pants/shoes"),
    ("a", "yes black pants, black non slip shoes. they give u the vest. can u come to orientation thurs 10am? 412 Harbor St suite 200. bring 2 forms of ID for the I-9"),
    ("b", "thursday works. can i bring my friend shes looking too"),
    ("a", "sure! have her apply online first so we have her info: example.com/apply"),
    ("b", "ok sent it to her"),
    ("a", "also ill need a headshot for ur badge, we take it at orientation so dont stress"),
    ("b", "haha ok ill do my hair then"),
    ("a", "lol. random q but do u have a car? some venues r outside the bus routes"),
    ("b", "i have a car"),
    ("a", "great that opens up the airport hotels which pay $21. see u thurs!"),
    ("b", "see u then thank u!!"),
    ("a", "Hi Jordan reminder: orientation tmrw 10am. parking garage on 4th, we validate 🙂", 2870),
    ("b", "thanks omw tmrw"),
])

# en22 UK - mum checking on 14yo at a sleepover
conv("p52-en22", 0, [], {"a": "Mum", "b": "ruby_h"}, "2026-01-17T18:32", [
    ("a", "hiya love, you at Aisha's yet?"),
    ("b", "ya just got here"),
    ("a", "ok good. did her mum answer the door? I want to text her to say thanks"),
    ("b", "ya shes here, her number's in the netball group chat"),
    ("a", "found it ta. what time are you all going to bed 😂"),
    ("b", "muuum"),
    ("a", "ok ok. remember you're being picked up at 10 tomorrow you've got swimming"),
    ("b", "can it be 11 pls"),
    ("a", "10.30 final offer"),
    ("b", "deal"),
    ("a", "all ok? haven't heard from you", 125),
    ("b", "ya were watching a film"),
    ("a", "which one"),
    ("b", "the scary one with the doll lol"),
    ("a", "ruby you'll not sleep for a week 🙄 send me a pic of you two so I know you're alive"),
    ("b", "[photo]"),
    ("a", "lovely. tell Aisha I like her hair. night love xx"),
    ("b", "night x"),
    ("a", "oh and don't say anything to dad about the thing for his birthday it's hidden in your wardrobe", 6),
    ("b", "lol i wont"),
    ("a", "and phone OFF by 12 please, I can see on the app if you're still online 👀"),
    ("b", "omg ok"),
    ("a", "ok love I'm in the car now so I'm using the voice thing just to say leaving now be outside at half ten and say thank you to Aisha's mum and I'll bring her Tupperware back another day full stop", 590),
    ("b", "5 more mins pls were having pancakes"),
    ("a", "fine 5 mins 🥞"),
])

# en23 AU - adult couple, long distance, split flight cost, secret engagement
conv("p52-en23", 0, [], {"a": "mitch_o", "b": "bree.k"}, "2025-10-21T07:48", [
    ("a", "morning gorgeous ☀️ how'd the presentation go"),
    ("b", "smashed it i reckon!! boss said good job which is basically a hug from him lol"),
    ("a", "haha legend. told ya"),
    ("b", "miss ya heaps tho. 6 more sleeps"),
    ("a", "i know 😩 booked my flight for fri arvo, lands 7:40"),
    ("b", "yay!! i'll pick u up. how much was it? we said halves"),
    ("a", "$289 but dont stress"),
    ("b", "nah fair's fair, transferring u 145 now dont argue"),
    ("a", "ok ok bossy 😂 ta babe"),
    ("b", "also... mum asked if we're 'serious'. didnt say anything about the ring convo"),
    ("a", "good, let's keep it between us til we tell em properly at xmas"),
    ("b", "lips sealed 🤐 but shaz is gonna kill me for not telling her"),
    ("a", "shaz'll survive lol"),
    ("b", "what do u reckon for sat night, that thai place or stay in", 340),
    ("a", "thai then stay in n watch the footy replay 😂"),
    ("b", "romantic"),
    ("a", "i try. wear the green dress? the one from jess's wedding"),
    ("b", "haha maybe. u better wear a shirt with buttons"),
    ("a", "deal"),
    ("b", "send me a selfie i wanna see ur new haircut"),
    ("a", "📷 dont laugh"),
    ("b", "omg u look like ur 12 😂😂 cute tho"),
    ("a", "rude. growin it back"),
    ("b", "nooo keep it. ok gotta run meeting. love ya"),
    ("a", "love ya too x"),
])

# en24 Scottish - 15yo friends' group chat, party kept from parents, new kid added
conv("p52-en24", 0, [], {"k": "kirsty.m_04", "l": "lewis_mcg", "a": "amira.s", "c": "callum_b7", "f": "finn.r"},
     "2026-02-25T19:05", [
    ("k", "right whos comin tae mine sat ma maws away tae glasgow"),
    ("l", "me obvs"),
    ("a", "aye if ma da lets me"),
    ("c", "whit time"),
    ("k", "like 7. dinnae tell yer maws its a party say its a film night lol"),
    ("a", "haha ma maw'll phone yours kirsty"),
    ("k", "ma gran's stayin so technically there's an adult 😂"),
    ("l", "can i bring finn fae ma fitba"),
    ("k", "whos finn"),
    ("l", "hes sound, moved fae aberdeen"),
    ("k", "aye fine add him"),
    ("l", "added finn 👍"),
    ("f", "awright"),
    ("c", "whit age ye"),
    ("f", "15 same as yous"),
    ("a", "ye in 4th year?"),
    ("f", "aye at the academy"),
    ("k", "add me on snap finn its kirsty.m_04"),
    ("f", "done"),
    ("c", "whos bringin food"),
    ("a", "ah'll bring crisps n irn bru"),
    ("l", "nae alcohol tho mind last time"),
    ("k", "lmaooo callum bein sick in the garden 💀"),
    ("c", "that wis the kebab"),
    ("a", "aye right"),
    ("k", "delete this chat b4 ma maw sees ma phone haha"),
    ("l", "she disnae even hae yer passcode"),
    ("k", "she guesses it every time 😭"),
], room="group:s4 wans 🔥")

# en25 US - streamer and fans in public chat, ages mentioned, mod removes DM offer
conv("p52-en25", 0, [], {"p": "pixelpaige", "m": "nightowl_mod", "f1": "tacocat_21", "f2": "lil_mango",
                         "f3": "shyguy88", "f4": "bean.bean.b", "f5": "dreamrunner_", "g": "giftguy_tom",
                         "r": "xx_freeskinz_xx"},
     "2026-04-11T16:00", [
    ("f1", "PAIGE HI 👋"),
    ("p", "hiii chat!! welcome in, finishing the castle build today"),
    ("f2", "first time here, how old r u paige"),
    ("p", "26 and my back feels 60 lol"),
    ("f3", "lmaooo same"),
    ("f4", "im 13 and my back hurts too 😂"),
    ("m", "hey reminder for everyone: no sharing ages/locations/personal info in chat pls, keep it safe 💜"),
    ("f4", "oh ok sorry"),
    ("p", "no worries! just keep that stuff offline friends"),
    ("g", "gifted 5 subs to the community!"),
    ("p", "GIFTGUY thank u!! welcome to all the new subs 🎉"),
    ("f5", "paige can u add the moat"),
    ("p", "moat is happening chat dont worry"),
    ("r", "@bean.bean.b dm me i can give u free skins"),
    ("m", "xx_freeskinz_xx timed out 10m. no DM offers in chat, thats a scam pattern"),
    ("f1", "W mod"),
    ("f2", "w mod fr"),
    ("p", "yep nobody gives free skins, if someone dms u offering stuff tell a parent or a mod ok"),
    ("f3", "the moat is looking clean"),
    ("f5", "can we name the castle"),
    ("p", "chat vote: castle crumbs or fort paige"),
    ("f1", "CASTLE CRUMBS"),
    ("f4", "castle crumbs"),
    ("g", "fort paige"),
    ("p", "castle crumbs wins lol. ok 10 min break, stretch ur backs"),
], room="channel:#pixelpaige_live")

# en26 Ghanaian - legitimate overseas nurse recruitment
conv("p52-en26", 0, [], {"a": "ama.meridianhealth", "b": "nanayaa.rn"}, "2025-09-02T14:20", [
    ("a", "Good afternoon Nana Yaa. This is Ama from Meridian Health Recruitment, following up your application for staff nurse with Westbrook Hospital Trust in the UK"),
    ("b", "Good afternoon madam. Yes please i applied last month"),
    ("a", "Great. Have you passed your English test (OET or IELTS) and the CBT?"),
    ("b", "Yes i have OET B grades and CBT passed in June"),
    ("a", "Excellent. Next step is a video interview with the ward managers on Tuesday 2pm GMT. The link will come from the trust's official email, not from a personal number"),
    ("b", "ok please noted"),
    ("a", "Just to be clear, there is no fee at any stage. The trust pays visa, flight and 3 months accommodation. If anyone asks you for money in our name, report it"),
    ("b", "Thank you. Some agents in Kumasi were collecting 5000 cedis from my colleagues"),
    ("a", "Yes sadly that's a scam, please warn them. Ethical recruiters are free for candidates"),
    ("b", "I will tell them"),
    ("a", "For the visa we need a copy of your passport bio page and certificates, uploaded on the portal example.org/candidate. You keep your original passport at all times"),
    ("b", "ok uploading tonight"),
    ("a", "Congratulations Nana Yaa! The ward manager was impressed, you'll receive the formal offer by email today", 8700),
    ("b", "Ei thank God!! thank you so much madam"),
    ("a", "🎉 It's Band 5, about £29k a year. Read the contract carefully and ask any questions before signing. You can show it to family or your nurses association too"),
    ("b", "I will show my brother he is a lawyer"),
    ("a", "Perfect. Any reason you can't travel in January?"),
    ("b", "No please january is fine. only my mother is worried about me going alone"),
    ("a", "Totally understandable. There are 6 other nurses from Ghana in the same cohort and our pastoral team meets you at the airport. She's welcome to call the office line anytime"),
    ("b", "thank you she will be happy"),
    ("a", "Last thing, a passport style photo for your ID badge, plain background"),
    ("b", "ok i will do it at the studio"),
])

# en27 Indian English - cousins spotting a fake Dubai hostess offer (warning, benign)
conv("p52-en27", 0, [], {"a": "anjali.v", "b": "vikram_bhaiya"}, "2026-03-22T21:05", [
    ("a", "bhaiya free? need ur advice"),
    ("b", "ya tell"),
    ("a", "some agency msgd me on insta, hostess job in dubai hotel, 1.2 lakh per month, free flight"),
    ("b", "hmm. which agency"),
    ("a", "'Royal Crown Placements' they sent logo and all"),
    ("b", "did u apply anywhere in dubai?"),
    ("a", "no they found me only, said my profile is perfect"),
    ("b", "that itself is red flag yaar. what are they asking"),
    ("a", "full length photos and passport copy and said dont tell family until confirm"),
    ("b", "Anjali no. this is literally how these rackets work. dont send anything"),
    ("a", "but they have website"),
    ("b", "anyone can make website in 10 min. did they give registration no.? check on the govt emigrate portal"),
    ("a", "they said visit visa first then convert"),
    ("b", "🚩🚩🚩 visit visa for job = illegal. girls get stuck there, passport taken, no salary. there was news last month only"),
    ("a", "omg ok i got scared now"),
    ("b", "dont be scared just block. screenshot everything first, we can report on cyber crime portal"),
    ("a", "ok doing"),
    ("b", "if u want gulf job we'll go through proper registered recruiter, i'll ask my friend in HR"),
    ("a", "thank u bhaiya 🙏 pls dont tell mummy she'll panic"),
    ("b", "haha ok but tell her urself later, good she knows these things"),
    ("a", "ok fine. blocked them"),
    ("b", "good girl. also tell ur hostel friends, they must be msging others also"),
])

# ================================================================ EN hard negatives, medium
# en28 UK - club promoter hiring adult students legitimately
conv("p52-en28", 0, [], {"a": "hannah_w19", "b": "neon.su.promoteam"}, "2025-09-15T12:40", [
    ("a", "hiya saw ur post in the uni jobs group about promo work. still need ppl?"),
    ("b", "hey yes! hiring promoters for freshers, 18+ only, we check ID at induction"),
    ("a", "im 19, 2nd yr"),
    ("b", "sound. its £12/hr plus £1 per wristband sold, paid thru payroll, u get a contract n payslips"),
    ("a", "what do u actually do"),
    ("b", "flyers on campus, sell wristbands, wear the club tshirt lol. shifts 12-4 in the day, no late nights needed"),
    ("a", "do i need to send a pic or anything"),
    ("b", "nah no pics needed. just fill the form at example.com/promo-team n come to induction thurs 5pm at the SU"),
    ("a", "can my flatmate come, shes 18"),
    ("b", "ofc tell her bring ID. if anyone from another 'promo company' asks u to pay for a starter pack or go to private parties, thats not us btw"),
    ("a", "lol noted thx"),
])

# en29 US - kids gaming banter, asking ages
conv("p52-en29", 0, [], {"z": "zaydn_ftw", "n": "noodle_boi11", "e": "emmaGG_"}, "2026-01-03T18:10", [
    ("z", "bro u threw that so hard"),
    ("n", "my controller died shut up"),
    ("e", "excuses lol"),
    ("z", "how old r u emma u sound like my sister"),
    ("e", "12 wbu"),
    ("z", "12 too. noodle is 11 he cries every game"),
    ("n", "I DO NOT"),
    ("e", "lmaooo"),
    ("n", "im telling my mom u guys r bullying me"),
    ("z", "ok ok sorry. run it back?"),
    ("e", "ya one more then i gotta do hw"),
    ("n", "my mom said 20 more mins"),
    ("z", "gg go next"),
], room="party:zaydn_ftw")

# en30 AU - coach and parents group, lifts, photo consent, surprise
conv("p52-en30", 0, [], {"c": "Coach Dave", "k": "Karen (Lily's mum)", "n": "Nat P", "s": "Sam T"},
     "2025-08-27T07:15", [
    ("c", "Morning all! Reminder Sat game is 8:40am Court 3, arrive by 8:15 for warm up ⭐"),
    ("k", "Thanks Dave! Can Lily get a lift w someone? I'm working"),
    ("n", "we can take her, we go past ur street"),
    ("k", "legend thanks Nat"),
    ("c", "Also the club photographer will be there for team photos. If u haven't signed the photo consent form pls do by Fri, otherwise ur daughter just won't be in the online ones"),
    ("s", "Signed 👍"),
    ("c", "And shh 🤫 don't tell the girls but we're doing a surprise end of season sausage sizzle after the game, bring a plate if u can"),
    ("n", "Love it! I'll do a fruit platter"),
    ("c", "Ta. Any concerns about the girls or the team, message me or the club's child safety officer Jenny on 555-0131 anytime"),
    ("s", "Thanks Dave 🙏"),
], room="group:U14 Girls Netball Parents")

# en31 US - adult friends worried about a friend's sugar dating
conv("p52-en31", 0, [], {"a": "kenz.b", "b": "rach_l"}, "2026-02-08T20:30", [
    ("a", "ok so did u see alexis's story, shes in cabo again"),
    ("b", "w the 'mentor' lol"),
    ("a", "girl she literally told me she met him on a sugar site"),
    ("b", "i mean shes 27 she can do what she wants but idk"),
    ("a", "ya no judgment just hope shes safe. she said he pays her rent"),
    ("b", "thats the part that worries me tbh. if he pays rent he kinda controls where she lives"),
    ("a", "exactly. i told her keep her own savings n tell someone where she is"),
    ("b", "did she share location w u?"),
    ("a", "ya after i asked. shes fine, shes annoyed at me lol"),
    ("b", "better annoyed than sorry. ill text her too"),
    ("a", "ok but not in a preachy way"),
    ("b", "ill just send a crab emoji n ask for beach pics 🦀"),
])

# en32 UK - real modelling agency, everything through the parent
conv("p52-en32", 0, [], {"a": "fran.hollismodels", "b": "Mrs Okafor"}, "2026-04-20T10:02", [
    ("a", "Hi Mrs Okafor, it's Fran from Hollis Models, we met you and your daughter Tobi at the shopping centre on Saturday"),
    ("b", "Hi Fran, yes thanks for the card. Tobi is very excited lol"),
    ("a", "She has a lovely look! As she's 15 she'd be in our new faces teen division. Everything goes through you as parent/guardian, we never message under 18s directly"),
    ("b", "Good to know. What happens next?"),
    ("a", "If you'd like, come into the office (14 Granby Row, Manchester) for an informal chat, bring Tobi and her school timetable. We'll take a few simple digitals there, normal clothes, no makeup, with you in the room"),
    ("b", "Is there any cost? My sister said some agencies charge for portfolios"),
    ("a", "No cost at all. We earn commission only when she's booked. Any agency asking upfront fees, walk away"),
    ("b", "Great. Can we come Tues after school?"),
    ("a", "Tues 4.30 works. Feel free to check we're on the model agents association list first 😊"),
    ("b", "Will do, see you Tuesday"),
    ("a", "Lovely. Any jobs are always chaperoned and within child performance licence rules, and school comes first!"),
])

# en33 Ghanaian - big brother sends pocket money to sister at boarding school
conv("p52-en33", 0, [], {"a": "kojo_m", "b": "adjoa.lil"}, "2025-11-12T17:45", [
    ("b", "Kojo pleaseee i am broke 😭 chop money finish"),
    ("a", "Ei already? mummy sent you last week"),
    ("b", "we had to buy books and the dining food is bad"),
    ("a", "hmm ok i will send 200 cedis on momo. dont tell mummy i sent, she will say im spoiling you"),
    ("b", "thank you my favourite brother 😂"),
    ("a", "im your only brother. how is school"),
    ("b", "fine. the new housemistress is strict she checks our phones"),
    ("a", "good she should. you are not supposed to have phone there sef"),
    ("b", "shhh its for emergencies lol"),
    ("a", "ok but if anybody is disturbing you, even teacher or someone older offering you gifts, you tell me ok"),
    ("b", "yes sir 🫡 received, thank you"),
])

# en34 Scottish - legitimate sports massage clinic job
conv("p52-en34", 0, [], {"a": "morag.braesidephysio", "b": "rhona_sportsmassage"}, "2026-01-13T09:25", [
    ("a", "Hi there, I'm Morag, clinic manager at Braeside Physio & Sports Massage in Dundee. Saw your CV on the sports therapy jobs board, we're looking for a part-time sports massage therapist"),
    ("b", "hiya, aye still lookin! ive got ma level 4 sports massage n insurance"),
    ("a", "Brilliant. It's 3 days a week, £16/hr PAYE, with holiday allowance. All treatments are clinical, clients fill in a health form first"),
    ("b", "sounds ideal. dae ye provide the table n that"),
    ("a", "Yes, all equipment and linen provided, uniform is our navy tunic. Could you come in for a practical assessment Wed? You'd treat one of our physios"),
    ("b", "aye wed's fine, whit time"),
    ("a", "11am, 22 Seagate. Bring certificates and insurance docs. We'll also do a PVG check as we see under 18 athletes from the rugby club"),
    ("b", "nae bother. see ye wed"),
    ("a", "See you then!"),
])

# en35 Indian English - class teacher + parents group, school trip abroad
conv("p52-en35", 0, [], {"t": "Mrs Iyer (Class Teacher)", "p1": "Ramesh (Aarav's father)",
                         "p2": "Sunita (Diya's mother)", "p3": "Farah K", "p4": "Joseph M"},
     "2026-02-19T19:30", [
    ("t", "Good evening parents 🙏 Reminder for Singapore educational trip: kindly submit passport photocopy and signed consent form by Friday"),
    ("p1", "Ma'am original passport also needed?"),
    ("t", "Originals will be collected only on departure day at airport by trip coordinator and returned to students immediately after immigration. Parents keep them till then"),
    ("p2", "Ma'am girls and boys rooms separate na?"),
    ("t", "Yes ofcourse, separate floors, 2 lady teachers with girls and 2 male teachers with boys. Students will not go anywhere without a teacher"),
    ("p3", "Will children be allowed to carry phones"),
    ("t", "Yes, and we'll make a parents group with daily updates and photos. Please keep location sharing on in their phones"),
    ("p2", "Thank you ma'am 🙏"),
    ("p4", "Second instalment last date?"),
    ("t", "25th, through school fee portal only. Don't pay anyone in cash or personal UPI even if they say they are from the tour company"),
    ("p4", "Noted ma'am"),
], room="group:Class 9B Parents")

# ================================================================ EN hard negatives, single posts
conv("p52-en36", 0, [], {"a": "northford_evening_post", "b": "x"}, "2026-03-05T08:00", [
    ("a", "Two men jailed for trafficking teenage girls across the North West. Northford Crown Court heard the pair befriended the girls, aged 15 and 16, with gifts, lifts and takeaway meals, before telling them they had 'run up debts' that had to be paid back. One girl was moved between short-let flats in three towns. Sentencing, the judge said the men had 'deliberately chosen children who were already struggling'. Police urged anyone worried about a young person to contact them or the Modern Slavery Helpline."),
], room="public:news")

conv("p52-en37", 0, [], {"a": "geelong_mum_of3", "b": "x"}, "2025-10-30T21:14", [
    ("a", "PSA from a mum in Geelong 🧡 had a big chat w my 15yo after school about 'boyfriends' who are way older, buy u heaps of stuff, then suddenly u 'owe' them. it's called the loverboy method n it happens here not just overseas. signs: new phone or clothes u didnt buy, secretive texting, pulling away from mates, older bf w a car, wagging school. if ur kid's in this don't yell, listen. call the police or a youth helpline. pls share 🙏"),
], room="public:Geelong Community Noticeboard")

conv("p52-en38", 0, [], {"a": "lincoln_pto_updates", "b": "x"}, "2026-02-01T18:45", [
    ("a", "⚠️ parents pls read. our school resource officer sent this today: theres a wave of sextortion targeting teen boys on social apps. someone poses as a girl their age, flirts, gets them to send a pic, then threatens to send it to their followers unless they pay in gift cards. if this happens to ur kid: DONT pay, dont delete the chat, screenshot, block, report. tell them they will NOT be in trouble. the shame is what these scammers count on. talk to ur kids tonight 🙏"),
], room="public:Lincoln HS Parents")

conv("p52-en39", 0, [], {"a": "cleantouch_tema", "b": "x"}, "2025-07-07T09:00", [
    ("a", "VACANCY 📢 Clean Touch Services Ltd, Tema is hiring 5 office cleaners (male/female, 18+). Mon-Fri 6am-2pm, GHS 1,800 per month + SSNIT + transport allowance. NO fees charged at any stage. Walk in with your CV and Ghana card to our office Community 9, opposite the filling station, 9am-3pm weekdays. Call 555-0188. Beware of anybody collecting money in our name 🙏"),
], room="public:Tema Jobs & Vacancies")

conv("p52-en40", 0, [], {"a": "throwaway_f22_hyd", "b": "x"}, "2026-04-28T23:31", [
    ("a", "need advice pls. got whatsapp msg from 'Elite Global Careers' offering me (F, 22) receptionist job in Malaysia, 80k/month, they said visa+ticket free only need to pay 'medical fee' 15k, and send full length photos + passport copy. also said tourist visa first and they will 'convert' there. is this legit?? something feels off but my family really needs the money. anyone here gone thru such agency?"),
], room="public:jobs-advice-forum")

# ================================================================ ES
# es1 MX - loverboy, 16yo, gifts, new phone, move in, "debt", commercial sex
conv("p52-es1", 1, ["romance", "age_probe", "compliments_trust", "vulnerability", "secrecy", "meeting",
                    "money_gifts_debt", "isolation", "control", "commercial_sex", "exclusivity"],
     {"a": "rafa.mtz23", "b": "vale_glz.06"}, "2025-08-03T18:20", [
    ("a", "hola bonita 😍 me pasó tu insta el Beto, dice q eres su vecina"),
    ("b", "jajaj si, quién eres"),
    ("a", "rafa, compa del beto. vi tus fotos y neta q estás hermosa"),
    ("b", "ay gracias jaja"),
    ("a", "cuántos años tienes? pareces más grande"),
    ("b", "16 y tu"),
    ("a", "23, pero la edad es lo de menos no? tú eres bien madura"),
    ("b", "jaja eso dicen"),
    ("a", "y q haces hoy"),
    ("b", "nada, mi mamá anda de malas otra vez, siempre me grita"),
    ("a", "no te merece amor. te invito unos tacos y te despejas, paso por ti en el carro"),
    ("b", "mm ok pero no le digas al beto"),
    ("a", "nuestro secreto 🤫"),
    ("a", "te compré el cel q querías bb 📱 ya no uses el tuyo, tu mamá lo revisa", 4300),
    ("b", "q??? neta?? tqm"),
    ("a", "tqm más. solo háblame por ese, q nadie más tenga el número"),
    ("b", "rafa mi mamá me corrió de la casa 😭", 20100),
    ("a", "vente conmigo, yo te cuido. tengo un depa con unas amigas"),
    ("b", "en serio? gracias amor"),
    ("a", "oye bb ya van varias semanas q te doy todo, renta, comida, el cel. me debes como 15 mil", 30200),
    ("b", "pero tú dijiste q era regalo"),
    ("a", "sí pero las cosas están difíciles. mis amigas trabajan con unos señores q pagan bien x compañía, solo es platicar y lo q se dé"),
    ("b", "no rafa, eso no"),
    ("a", "si me quisieras lo harías. es x nosotros, pa juntar y irnos a cancún como te prometí"),
    ("b", "…está bien pero solo una vez"),
    ("a", "así me gusta. la Yesi te explica. el dinero me lo das a mí q yo lo guardo, y no le cuentes a nadie ni a tu prima"),
])

# es2 ES - adult couple, trip, money split, surprise secret, "dónde estás"
conv("p52-es2", 0, [], {"a": "javi_rdz", "b": "marta.lp"}, "2026-03-02T08:05", [
    ("a", "buenos días guapa ☕ qué tal has dormido"),
    ("b", "fatal, el vecino con la obra otra vez 🙃"),
    ("a", "jo. esta noche duermes en mi casa y listo"),
    ("b", "vale jaja. oye has mirado los vuelos a lisboa?"),
    ("a", "sí, 78€ ida y vuelta el viernes 14. los pillo?"),
    ("b", "píllalos! te hago bizum de mi parte"),
    ("a", "no hace falta"),
    ("b", "que sí, a medias, ya lo hablamos"),
    ("a", "vale vale jefa 😂"),
    ("b", "y no le digas nada a la Lucía del regalo de cumple, que se le escapa todo"),
    ("a", "secreto de estado 🤐"),
    ("b", "dónde estás? te llamo y no lo coges", 410),
    ("a", "en el metro sin cobertura, ya salgo"),
    ("b", "ok es q mi madre pregunta si vamos el domingo a comer"),
    ("a", "claro, llevo yo el postre"),
    ("b", "te quiere más a ti que a mí 😒"),
    ("a", "es por mi tarta de queso"),
    ("b", "mándame foto de la camisa que te vas a poner para la boda de Dani", 1500),
    ("a", "📷 esta o la azul?"),
    ("b", "la azul sin duda"),
    ("a", "hecho. tú llevas el vestido verde?"),
    ("b", "sí, y los tacones que me matan"),
    ("a", "te llevo las bailarinas en la mochila jajaja"),
    ("b", "por eso te quiero ❤️"),
])

# es3 CO - pimp control: quota, location, debt for ticket/apartment
conv("p52-es3", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation", "secrecy"],
     {"a": "el_flaco_77", "b": "kathe.r"}, "2026-01-30T23:48", [
    ("a", "dónde estás"),
    ("a", "contesta", 4),
    ("b", "en el baño del hotel, ya salgo"),
    ("a", "llevas 2 nada más y son las 12. la cuota son 6, ya sabes"),
    ("b", "hoy no hay gente, está muy flojo"),
    ("a", "no me importa. no me vengas con cuentos. te muevo a la otra zona si toca"),
    ("b", "ok"),
    ("a", "mándame lo de hoy ya x la app. y acuérdate q todavía debes lo del pasaje y el apartamento, 3 millones"),
    ("b", "ya te mandé 200"),
    ("a", "eso no es nada. y no hables con la venezolana, te llena la cabeza de cosas. ubicación prendida siempre"),
    ("b", "sí"),
    ("a", "y si te pregunta la policía estás de vacaciones con tu novio. entendido?"),
])

# es4 AR - warning post about fake nanny jobs in Spain
conv("p52-es4", 0, [], {"a": "caro.fernandez.ok", "b": "x"}, "2025-11-05T13:22", [
    ("a", "chicas ojo 👀 me llegó a mí y a dos amigas un mensaje de una supuesta agencia ofreciendo laburo de niñera en España, pasaje pago y sueldo en euros, pidiendo fotos de cuerpo entero y el pasaporte 'para el visado'. pregunté en la línea contra la trata y me dijeron que es un modus operandi re conocido: te pagan el viaje, después te lo cobran como deuda y te sacan el pasaporte. si les llega algo así NO manden nada, hagan captura y denuncien. compartan porfa, sobre todo a las más chicas 🙏"),
], room="public:feed")

# ================================================================ PT
# pt1 BR - mum checking on 14yo son at a friend's party
conv("p52-pt1", 0, [], {"a": "Mãe", "b": "lucas_s14"}, "2026-02-21T19:10", [
    ("a", "filho cadê vc? já chegou na casa do Pedro?"),
    ("b", "ja mae"),
    ("a", "a mãe dele tá aí?"),
    ("b", "ta sim ela fez pizza"),
    ("a", "manda uma foto de vcs pra eu ficar tranquila"),
    ("b", "aff mae 🙄 [foto]"),
    ("a", "que lindos ❤️ fala pro Pedro que mandei um beijo"),
    ("b", "n vou falar isso kkkk"),
    ("a", "kkkkk. que horas termina?"),
    ("b", "umas 11"),
    ("a", "11 eu passo aí. não sai andando sozinho hein"),
    ("b", "ta bom"),
    ("a", "tá tudo bem?", 95),
    ("b", "ta. tem uns menino mais velho jogando bola"),
    ("a", "tudo bem, só fica perto dos seus amigos. se alguém te oferecer bebida ou algo estranho me liga"),
    ("b", "mae eu tenho 14 n 5"),
    ("a", "justamente por isso kkk. te amo"),
    ("b", "tb"),
    ("a", "amor não conta pro seu pai que a gente vai fazer surpresa no aniversário dele sábado", 40),
    ("b", "ok kkkk"),
    ("a", "e desliga o celular meia noite, eu vejo se vc tá online 👀"),
    ("b", "mds mae"),
    ("a", "tô aqui na frente, sai", 95),
    ("b", "5 min to me despedindo"),
    ("a", "ok, agradece a mãe do Pedro"),
])

# pt2 BR - fake nightclub job in Portugal, 19yo, advance ticket debt, tourist entry
conv("p52-pt2", 1, ["job_offer", "compliments_trust", "age_probe", "money_gifts_debt", "photo_request",
                    "travel_meet", "secrecy", "isolation", "commercial_sex"],
     {"a": "day.recruta.europa", "b": "bia_santos"}, "2025-10-14T15:37", [
    ("a", "oi Bia tudo bem? sou a Day, trabalho com recrutamento pra Europa. vi teu perfil e tu tem exatamente o perfil q os clientes procuram 😍"),
    ("b", "oi! que tipo de trabalho?"),
    ("a", "recepcionista e garçonete em casa noturna em Portugal, 2 mil euros por mês, moradia inclusa"),
    ("b", "nossa sério? quantos anos precisa ter"),
    ("a", "18 pra cima. vc tem quantos?"),
    ("b", "19"),
    ("a", "perfeito. a passagem a gente adianta, depois vc vai pagando aos pouquinhos com o salário. manda umas fotos de corpo inteiro, roupa de balada, pra ver se combina com a casa"),
    ("b", "mandei. mas e o visto?", 30),
    ("a", "entra como turista, depois o dono resolve. na imigração diz q vai visitar uma prima"),
    ("b", "e minha mãe pode ir visitar?"),
    ("a", "no começo melhor não contar muito pra família, sabe como é, ficam com medo e atrapalham. lá vc vai ver, as meninas ganham muito mais fazendo companhia pros clientes"),
    ("b", "companhia como?"),
    ("a", "relaxa, lá a gente conversa. a passagem sai semana que vem, me manda foto do passaporte hoje"),
])

# pt3 PT - legitimate temp agency, warehouse job
conv("p52-pt3", 0, [], {"a": "ines.rumorh", "b": "tiago_m"}, "2026-01-26T11:02", [
    ("a", "Olá Tiago, é a Inês da Rumo Recursos Humanos. Recebemos a tua candidatura para operador de armazém na Azambuja. Ainda estás interessado?"),
    ("b", "olá, sim estou!"),
    ("a", "Fixe. É contrato de 6 meses, 930€ + subsídio de alimentação, turnos rotativos. Tens carta de condução?"),
    ("b", "tenho sim, e carro"),
    ("a", "Ótimo. Preciso de cópia do cartão de cidadão e NIF para o contrato, envia pelo portal da empresa e não por whatsapp, por proteção de dados"),
    ("b", "ok, e tenho de pagar alguma coisa?"),
    ("a", "Não, nunca. As agências não podem cobrar nada aos candidatos. Se alguém te pedir dinheiro, desconfia"),
    ("b", "boa. quando começo?"),
    ("a", "Formação de segurança na segunda às 9h, começas terça. Mando-te a morada por email"),
    ("b", "perfeito obrigado!"),
])

# pt4 BR - sugar DM to a first-year student
conv("p52-pt4", 1, ["money_gifts_debt", "commercial_sex", "secrecy", "vulnerability", "photo_request",
                    "meeting", "off_platform", "compliments_trust"],
     {"a": "empresario.discreto.bh", "b": "ju.caloura"}, "2026-03-18T22:41", [
    ("a", "oi linda, vi q vc é caloura na federal e tá vendendo seus livros 📚 sei q tá difícil se manter longe da família né. sou empresário, 45, discreto, gosto de ajudar universitárias com uma mesada de 3 mil por mês em troca de companhia quando venho a BH. sem compromisso e ninguém precisa saber, nem suas colegas de rep. me manda umas fotos e seu whats q a gente marca um jantar essa semana, te busco na porta 😉"),
])

# ================================================================ FR
# fr1 FR - game grooming of a 13yo, skin gift, second account, photo
conv("p52-fr1", 1, ["age_probe", "compliments_trust", "risk_assessment", "money_gifts_debt", "secrecy",
                    "off_platform", "photo_request", "isolation"],
     {"a": "nox_77", "b": "lenny.gg"}, "2026-02-12T21:03", [
    ("a", "wsh bien joué pour la game, t'as carry de fou"),
    ("b", "mdrr merci j'avais trop de lag"),
    ("a", "t'as quel âge? t'as une petite voix sur le vocal ptdr"),
    ("b", "13 ans et toi"),
    ("a", "19. mais t'es plus mature que les gars de ma team frr"),
    ("b", "ahah merci"),
    ("a", "tu veux rejoindre la team? on fait des tournois avec cash prize"),
    ("b", "ouiii grave"),
    ("a", "ok mais faut être dispo le soir. tes parents ils disent rien?"),
    ("b", "mon père rentre tard et ma mère s'en fiche un peu"),
    ("a", "parfait alors 😎"),
    ("a", "je t'ai offert le skin dragon, regarde", 1380),
    ("b", "QUOI t'es sérieux?? merci"),
    ("a", "tkt c'est rien. par contre le dis pas aux autres, ils vont être jaloux"),
    ("b", "ok promis"),
    ("a", "t'as snap ou un autre truc? ici les messages buguent c'est nul"),
    ("b", "j'ai insta mais ma mère me suit"),
    ("a", "crée un 2e compte, personne saura. on parlera plus tranquille"),
    ("b", "jsp"),
    ("a", "c'est pas grave si tu veux pas. mais entre potes on se fait confiance non?"),
    ("b", "ouais ok je le crée"),
    ("a", "trop bien. envoie une photo de toi aussi que je voie à qui je parle, je t'envoie la mienne"),
    ("b", "ok"),
    ("a", "et efface la conv après stp, le fondateur de la team aime pas qu'on donne des skins"),
])

# fr2 BE/FR - legitimate club promo team hiring an adult
conv("p52-fr2", 0, [], {"a": "sarah.lumenclub", "b": "karim_bx"}, "2025-09-23T14:15", [
    ("a", "Salut Karim ! Sarah du Lumen, t'as postulé pour l'équipe promo. Toujours chaud ?"),
    ("b", "salut oui grave"),
    ("a", "Cool. C'est pour les soirées étudiantes du jeudi, 12€/h déclaré, contrat d'extra. Faut avoir 18 ans min, t'as quel âge ?"),
    ("b", "22"),
    ("a", "Parfait. Le taf : flyers en ville l'aprèm et accueil à l'entrée jusqu'à 1h. Navette retour payée"),
    ("b", "faut envoyer une photo ou cv?"),
    ("a", "Juste le CV et une pièce d'identité le jour de la réunion, pas de photo. Réunion mardi 18h au club, on signe les contrats sur place"),
    ("b", "ok je peux venir avec une pote? elle cherche aussi"),
    ("a", "Bien sûr si elle est majeure. À mardi !"),
])

# fr3 FR - sextortion of a 17yo
conv("p52-fr3", 1, ["sextortion", "compliments_trust", "off_platform", "money_gifts_debt", "secrecy", "control"],
     {"a": "clara.lyon.1ere", "b": "theo_dlm"}, "2026-04-04T22:10", [
    ("a", "coucou, on s'est croisés à la soirée de Max non ? 😊"),
    ("b", "euh jsais pas, t'es qui ?"),
    ("a", "Clara, je suis en 1ère à Lyon. t'es trop mignon sur tes photos"),
    ("b", "mdr merci"),
    ("a", "on passe sur l'autre appli ? c'est plus sympa 😏"),
    ("a", "bon écoute bien. j'ai enregistré l'appel vidéo. j'ai la liste de tes abonnés, ta famille, ton lycée", 48),
    ("b", "quoi ?? t'es qui"),
    ("a", "tu m'envoies 300€ en cartes prépayées avant 21h ou la vidéo part à tout le monde"),
    ("b", "j'ai pas d'argent j'ai 17 ans stp"),
    ("a", "débrouille toi. prends la carte de ta mère. si tu bloques ou si t'en parles j'envoie direct"),
    ("b", "je peux avoir 50"),
    ("a", "50 maintenant le reste demain. le code de la carte ici. tic tac"),
])

# fr4 FR - news item on dismantled procuring network
conv("p52-fr4", 0, [], {"a": "actu_sud_faitsdivers", "b": "x"}, "2026-01-15T07:30", [
    ("a", "FAITS DIVERS – Un réseau de proxénétisme démantelé dans l'agglomération toulonnaise. Trois hommes ont été mis en examen pour traite d'êtres humains. Selon les enquêteurs, ils recrutaient des jeunes femmes de 18 à 20 ans via de fausses annonces d'« hôtesse d'accueil » sur les réseaux sociaux, leur avançaient le voyage puis exigeaient le remboursement d'une « dette ». Les policiers rappellent qu'aucun employeur sérieux ne demande de photos en tenue de soirée ni de garder votre passeport."),
], room="public:news")

# ================================================================ DE
# de1 DE - legitimate au-pair agency, parents welcome, keep your own passport
conv("p52-de1", 0, [], {"a": "Frau Becker (Brückenschlag Au-pair)", "b": "lena.k19"}, "2026-03-03T10:20", [
    ("a", "Hallo Lena, hier ist Frau Becker von der Au-pair-Vermittlung Brückenschlag. Deine Bewerbung für Irland ist vollständig 🙂"),
    ("b", "hallo! super, danke 😊"),
    ("a", "Wir haben eine Gastfamilie in Galway gefunden, 2 Kinder (4 und 7). Magst du nächste Woche mit ihnen videotelefonieren?"),
    ("b", "ja gerne! am besten nachmittags"),
    ("a", "Ich schlage Dienstag 16 Uhr vor. Noch wichtig: 120€ Taschengeld pro Woche, max. 30 Std., eigenes Zimmer, Sprachkurs wird bezuschusst"),
    ("b", "klingt gut. muss ich irgendwas zahlen?"),
    ("a", "Nur die Vermittlungsgebühr von 150€, steht im Vertrag, den du vorher in Ruhe lesen kannst. Sonst nichts"),
    ("b", "ok. und die flüge?"),
    ("a", "Die Familie übernimmt den Hinflug, Rückflug zahlst du selbst oder ihr einigt euch. Alles schriftlich im Au-pair-Vertrag"),
    ("b", "meine mama fragt ob sie auch mit der familie sprechen kann"),
    ("a", "Na klar, sehr gerne! Sie kann beim Videocall dabei sein. Eltern sind immer willkommen 😊"),
    ("b", "super das beruhigt sie"),
    ("b", "hallo frau becker, der call war total nett!! die kinder sind so süß", 8650),
    ("a", "Das freut mich! Die Familie war auch begeistert. Wenn du zusagen willst, schicke ich dir den Vertrag per Mail"),
    ("b", "ja ich will 😍"),
    ("a", "Wunderbar. Zur Info: Deinen Reisepass behältst du immer selbst. Niemand, auch nicht die Gastfamilie, darf ihn dir abnehmen"),
    ("b", "gut zu wissen"),
    ("a", "Du bekommst unsere 24h-Notfallnummer 555-0152 und die Nummer der Partneragentur vor Ort. Bei Problemen kannst du jederzeit die Familie wechseln"),
    ("b", "danke!! und wann gehts los"),
    ("a", "Ab 1. September, wenn alles klappt. Bitte schick mir noch ein Passfoto für die Unterlagen und dein Führungszeugnis"),
    ("b", "mach ich morgen"),
    ("a", "Perfekt. Bei Fragen einfach schreiben!"),
])

# de2 DE - loverboy, 16yo, gifts, "debts", commercial sex, new phone
conv("p52-de2", 1, ["romance", "money_gifts_debt", "secrecy", "isolation", "commercial_sex", "control",
                    "meeting", "vulnerability"],
     {"a": "mo_22_", "b": "jana.xx"}, "2025-12-01T07:05", [
    ("a", "guten morgen schatz ❤️ gut geschlafen?"),
    ("b", "ja hdl 🥰"),
    ("a", "hab dir die sneaker bestellt die du wolltest"),
    ("b", "waaas du bist so süß"),
    ("a", "für meine prinzessin alles. aber sag deinen eltern nix, die mögen mich eh nicht weil ich älter bin"),
    ("b", "die sind so nervig, ich bin 16 und nicht 5"),
    ("a", "schatz ich hab richtig probleme, schulden bei leuten, die sind gefährlich", 5800),
    ("b", "oh nein was kann ich machen??"),
    ("a", "ein kumpel hat ne wohnung, da kommen männer die zahlen gut fürs zeit verbringen. nur paar mal dann bin ich raus"),
    ("b", "was?? mo das mach ich nicht"),
    ("a", "nach allem was ich für dich gemacht hab? ich dachte du liebst mich. wenn du gehst hab ich niemanden"),
    ("b", "ich lieb dich ja… ich weiß nicht"),
    ("a", "nur einmal. ich hol dich freitag nach der schule ab. handy lässt du zuhause ich geb dir ein neues. und kein wort zu lisa"),
])

# de3 DE - 14yo class group chat, secret teacher gift, new kid
conv("p52-de3", 0, [], {"l": "lea.m", "f": "finn_08", "a": "ayse.k", "j": "jonas_b", "n": "noah.p"},
     "2026-05-06T16:12", [
    ("l", "leute morgen nach der schule alle zu mir? meine eltern sind bis 8 weg"),
    ("f", "bin dabei"),
    ("a", "ich muss um 7 zuhause sein"),
    ("l", "passt. und sagt niemandem was wegen dem geschenk für frau kaya, soll ne überraschung sein 🤫"),
    ("j", "was schenken wir eigentlich"),
    ("l", "blumen + karte, jeder 3€"),
    ("f", "ich hab nur 2 😭"),
    ("a", "ich leih dir 1"),
    ("j", "kann ich den neuen aus der parallelklasse einladen? noah"),
    ("l", "wie alt ist der"),
    ("j", "14 wie wir, der ist nett"),
    ("l", "ok klar füg ihn hinzu"),
    ("n", "hii danke fürs einladen 😅"),
    ("a", "willkommen 🍕"),
], room="group:8b chillen 🍕")

# de4 DE - fake casting post aimed at 13-16yo girls
conv("p52-de4", 1, ["job_offer", "age_probe", "photo_request", "secrecy", "off_platform", "meeting",
                    "travel_meet", "compliments_trust"],
     {"a": "blickfang.models.casting", "b": "x"}, "2026-04-12T15:00", [
    ("a", "🌟 CASTING 🌟 Neue Gesichter gesucht!! Wir von Blickfang Models suchen Mädchen zwischen 13 und 16 für eine große Modekampagne 👗 Keine Erfahrung nötig! Schreib uns privat mit 3 Fotos (ganzer Körper, für die Größe) + Alter + Stadt. Eltern erstmal nicht einweihen, wir wollen sie mit dem Vertrag überraschen 😉 Probeshooting kostenlos, wir holen dich auch ab! Kontakt nur über unsere zweite App @blickfang_casting"),
], room="public:feed")

# ================================================================ NL
# nl1 NL - loverboy, 15yo, isolation from friends, "debt", commercial sex, location
conv("p52-nl1", 1, ["compliments_trust", "age_probe", "meeting", "travel_meet", "secrecy", "romance",
                    "isolation", "exclusivity", "money_gifts_debt", "commercial_sex", "control"],
     {"a": "dave_020x", "b": "sanne.vdb"}, "2025-06-20T17:44", [
    ("a", "hey schoonheid 😍 ik zag je bij de snackbar met je vriendinnen"),
    ("b", "haha hoi, wie ben jij"),
    ("a", "dave, neef van ilias. jij bent sanne toch"),
    ("b", "ja klopt"),
    ("a", "hoe oud ben je eigenlijk, je lijkt wel 18"),
    ("b", "15 haha"),
    ("a", "serieus? je bent echt volwassen voor je leeftijd"),
    ("b", "dankje 😊"),
    ("a", "zin om morgen mee te rijden? ik haal je op bij school, gaan we naar het strand"),
    ("b", "ok! maar mijn moeder moet het niet weten"),
    ("a", "tuurlijk niet, ons geheimpje"),
    ("a", "hvj schatje ❤️ jij bent de enige die mij snapt", 4400),
    ("b", "hvj ❤️"),
    ("a", "je vriendinnen zijn jaloers op ons. ik zou niet meer zoveel met ze afspreken"),
    ("b", "ja lotte doet ook zo raar"),
    ("a", "zie je. alleen ik ben er echt voor je"),
    ("a", "ik heb je die jas en die telefoon gegeven weet je nog", 14300),
    ("b", "ja natuurlijk"),
    ("a", "ik zit echt in de problemen schat, ik moet 2000 euro terugbetalen aan gevaarlijke gasten"),
    ("b", "wat?? wat moet ik doen"),
    ("a", "een vriend van mij kent mannen die willen betalen om tijd met je door te brengen. één keer en we zijn klaar"),
    ("b", "dave dat wil ik niet"),
    ("a", "dus je houdt niet van mij. na alles wat ik voor je doe"),
    ("b", "jawel…"),
    ("a", "zaterdag haal ik je op. zeg tegen je moeder dat je bij lotte slaapt. en zet je locatie aan zodat ik weet waar je bent"),
])

# nl2 NL - dad checking where his 13yo son is after training
conv("p52-nl2", 0, [], {"a": "Papa", "b": "daan_13"}, "2026-03-25T18:04", [
    ("a", "hoi jongen, waar ben je? training was toch om 6 uur klaar"),
    ("b", "nog bij sportpark we doen penalty's"),
    ("a", "ok. wie brengt je thuis, de vader van Sem?"),
    ("b", "ja"),
    ("a", "prima. stuur ff een berichtje als je in de auto zit"),
    ("b", "zit in de auto", 12),
    ("a", "👍 en niks tegen mama zeggen over de taart voor morgen he"),
    ("b", "haha nee"),
    ("a", "goed zo. eten om 7, niet weer chips in de auto 😄"),
    ("b", "te laat 😂"),
])

# nl3 NL - pimp control: day quota, debt for room and trip, location on
conv("p52-nl3", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation"],
     {"a": "rico_k", "b": "jasmijn.x"}, "2026-02-07T21:30", [
    ("a", "waar ben je"),
    ("a", "neem op", 3),
    ("b", "bij de hotelkamer, klant is net weg"),
    ("a", "hoeveel heb je vandaag"),
    ("b", "350"),
    ("a", "te weinig. je weet de afspraak, 800 per dag. je schuld voor de kamer en de reis naar antwerpen staat nog op 4000"),
    ("b", "ik ben zo moe rico"),
    ("a", "maakt me niet uit. advertentie staat weer online, er komen er nog 3. geld vanavond naar mij"),
    ("b", "ok"),
    ("a", "en je praat niet met die meid beneden. telefoon aan, locatie aan"),
    ("b", "ja"),
])

# nl4 NL - school mentor's awareness message to parents
conv("p52-nl4", 0, [], {"a": "mevr. de Vries (mentor klas 2)", "b": "x"}, "2025-11-19T16:30", [
    ("a", "Beste ouders van klas 2 en 3, deze week hadden we op school een voorlichting over loverboys (mensenhandelaren). Belangrijke signalen: een (veel) oudere vriend met auto en geld, ineens dure cadeaus of een tweede telefoon, spijbelen, afstand nemen van vriendinnen, geheimzinnig doen over waar ze is. Praat er thuis rustig over, zonder te oordelen. Bij een vermoeden kunt u contact opnemen met de politie, de zorgcoördinator van school of mij. Met vriendelijke groet, mevr. de Vries"),
], room="group:Ouders klas 2")


# ================================================================ checks + write
def _check():
    from collections import Counter
    ids = [c["id"] for c in CONVS]
    assert len(ids) == 60 and len(set(ids)) == 60, "ids"
    labels = Counter(c["label"] for c in CONVS)
    assert labels[1] == 30 and labels[0] == 30, labels
    langs = Counter(c["lang"] for c in CONVS)
    assert langs["en"] == 40 and sum(langs.values()) - langs["en"] == 20, langs
    assert all(langs[l] == 4 for l in ("es", "pt", "fr", "de", "nl")), langs
    buckets = Counter()
    for c in CONVS:
        n = len(c["messages"])
        b = "long" if 20 <= n <= 50 else "medium" if 5 <= n <= 19 else "single" if n == 1 else "bad"
        assert b != "bad", (c["id"], n)
        buckets[b] += 1
        if c["label"] == 1:
            assert c["codes"] and set(c["codes"]) <= ALLOWED_CODES, c["id"]
        else:
            assert c["codes"] == [], c["id"]
        ts = [m["ts"] for m in c["messages"]]
        assert ts == sorted(ts) and len(set(ts)) == len(ts), c["id"]
        for m in c["messages"]:
            txt = m["text"]
            for num in re.findall(r"(?<![$\d])\b\d{3}-\d{4}\b", txt):
                assert re.fullmatch(r"555-01\d\d", num), (c["id"], num)
            for url in re.findall(r"\b[\w.-]+\.(?:com|org|net|io)\b", txt):
                assert url.startswith("example."), (c["id"], url)
    assert buckets == Counter(long=20, medium=25, single=15), buckets
    return labels, langs, buckets


def main():
    _check()
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CONVS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
