#!/usr/bin/env python3
"""Writes probe48.jsonl: 60 fictional conversations (30 positive, 30 hard negative)
for evaluating a grooming / trafficking-recruitment detector. Standard library only,
deterministic output. All names, handles, numbers (555-01xx) and URLs (example.com/.org)
are invented."""
import json, datetime, os, random

NN = "48"
M = 1          # minute
H = 60         # hour
D = 1440       # day
CONVS = []

def conv(kind, label, codes, lang, start, parts, msgs, group=None):
    t = datetime.datetime.strptime(start, "%Y-%m-%dT%H:%M")
    out = []
    for i, (k, gap, text) in enumerate(msgs):
        if i > 0:
            assert gap > 0, (start, i)
            t += datetime.timedelta(minutes=gap)
        sender = parts[k]
        if group:
            rec = group
        else:
            rec = [v for kk, v in parts.items() if kk != k][0]
        out.append({"sender": sender, "recipient": rec,
                    "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
    CONVS.append({"kind": kind, "label": label,
                  "codes": list(codes) if label == 1 else [],
                  "lang": lang, "messages": out})

# ---------------------------------------------------------------------------
# LONG, POSITIVE, ENGLISH
# ---------------------------------------------------------------------------

# decoy-style slow grooming of a 13yo over five days
conv("L", 1, ["age_probe", "compliments_trust", "vulnerability", "risk_assessment", "secrecy",
              "off_platform", "romance", "photo_request", "sexual_talk", "meeting"], "en",
     "2026-02-03T19:12", {"a": "drew.kk21", "b": "lil_mads_slimes"}, [
    ("a", 0, "hey saw ur comment on the glitter slime vid lol same"),
    ("b", 4, "lol hi"),
    ("a", 2, "u make slime too?"),
    ("b", 3, "ya kinda i sell some to my friends at school"),
    ("a", 1, "thats lowkey smart. business woman vibes"),
    ("b", 2, "haha thx"),
    ("a", 6, "where u from"),
    ("b", 1, "ohio wbu"),
    ("a", 2, "near columbus actually. small world huh"),
    ("b", 1, "no wayyy"),
    ("a", 3, "how old r u if u dont mind"),
    ("b", 2, "13 almost 14"),
    ("a", 1, "oh word. u seem older tbh the way u type"),
    ("b", 1, "lol everyone says that"),
    ("a", 2, "im 17 btw dont be weird about it lol"),
    ("a", 13 * H, "morning sunshine ☀️ u at school?"),
    ("b", 40, "ya its so boring"),
    ("a", 2, "what class"),
    ("b", 1, "science ugh"),
    ("a", 1, "skip and talk to me instead jk jk"),
    ("b", 2, "lmaooo i wish"),
    ("a", 7 * H, "ur parents strict?"),
    ("b", 20, "my mom is. my dad lives in florida w his new family"),
    ("a", 2, "dang. that sucks. u must feel kinda alone sometimes"),
    ("b", 3, "kinda. mom works nights alot"),
    ("a", 1, "so ur home by urself at night?? thats so independent"),
    ("b", 2, "ya w my cat lol"),
    ("a", 22 * H, "real talk i feel like i can tell u stuff i cant tell ppl my age"),
    ("b", 15, "same honestly"),
    ("a", 2, "this app glitches so much. u got vibechat? msgs disappear so nobody snoops"),
    ("b", 4, "i have it but my mom checks my phone sometimes"),
    ("a", 1, "just save me as like 'drea' lol she'll think im a girl from ur class"),
    ("b", 2, "haha ok"),
    ("a", 9, "also so u know... im actually 21. didnt want u to freak out. its just a number right"),
    ("b", 11, "oh. um ok"),
    ("a", 1, "u mad? i get it if u dont wanna talk anymore 😔"),
    ("b", 3, "no its fine i guess"),
    ("a", 1, "see this is why i like u. ur way more mature than ppl my age even"),
    ("a", D, "send me a pic rn? wanna see the outfit u said u got for the dance"),
    ("b", 25, "its not even done"),
    ("a", 2, "just a selfie then. i'll keep it just for me 🙈"),
    ("b", 6, "[image]"),
    ("a", 1, "wow. ok ur gonna have all the boys after u. kinda jealous ngl"),
    ("a", 3, "u ever had a bf?"),
    ("b", 4, "no not really"),
    ("a", 2, "i could teach u stuff. like how to be a good gf. cant say it on here tho ppl read this"),
    ("a", 20 * H, "so when does ur mom work next"),
    ("b", 50, "thursday why"),
    ("a", 2, "i could drive up thursday, grab u boba or smth. just us"),
    ("b", 6, "idk if thats a good idea"),
    ("a", 1, "its literally boba lol. dont tell her tho she wont get it, moms never do"),
    ("b", 9, "ok maybe"),
])

# UK loverboy / county-style slow recruitment of a 17yo in care
conv("L", 1, ["romance", "vulnerability", "age_probe", "compliments_trust", "money_gifts_debt",
              "isolation", "secrecy", "exclusivity", "control", "commercial_sex", "meeting"], "en",
     "2026-03-06T21:40", {"a": "dre.mnn", "b": "kaydee_xo"}, [
    ("a", 0, "u was at the chicken shop friday yeh? the one w the braids"),
    ("b", 12, "who is this lol"),
    ("a", 1, "dre. jas knows me. couldnt stop thinkin bout u innit"),
    ("b", 5, "haha ok smooth"),
    ("a", 2, "how old r u anyway"),
    ("b", 3, "17 wbu"),
    ("a", 1, "24. hope thats calm. u move older than 17 anyway"),
    ("b", 2, "lol maybe"),
    ("a", 30, "wat u on tonight"),
    ("b", 4, "nothin. stuck at the placement, staff do checks at 11"),
    ("a", 1, "rules rules rules. they dont even let u breathe"),
    ("b", 2, "nah its long"),
    ("a", 3 * D, "outside ur road. come out for 10 mins got u summin"),
    ("b", 3, "omg the trainers???"),
    ("a", 1, "told u i look after wats mine 👑"),
    ("b", 1, "ur mad thank u"),
    ("a", 4 * D, "u tell ur keyworker bout me?"),
    ("b", 20, "nah"),
    ("a", 1, "good. they'll only try split us up. ppl get jel of wat we got"),
    ("b", 2, "true"),
    ("a", 5, "jas been chattin bout u btw. shes not a real friend trust me"),
    ("b", 1, "wat she say??"),
    ("a", 2, "dont matter. u got me now. u dont need them lot"),
    ("a", 5 * D, "babe sorted a flat for weekends. no curfew no staff no one on ur case"),
    ("b", 9, "fr??"),
    ("a", 1, "fr. just dont say where ur going when u sign out"),
    ("b", 2, "ok 🥺"),
    ("a", 2, "and top up the new phone i got u, only use that one for me"),
    ("a", 9 * D, "things are tight rn"),
    ("a", 1, "the phone, nails, trainers, all the ubers. thats like 900 quid ive put in u"),
    ("b", 6, "i thought they was presents"),
    ("a", 1, "they was. but man's in a mess w some ppl and i need u. ur my girl or nah"),
    ("b", 2, "course i am"),
    ("a", 3, "my bredrin's coming thru saturday. just be nice to him, keep him company at the flat. one time"),
    ("b", 4, "wat u mean nice"),
    ("a", 1, "dont make it weird. u do this one ting and we're square"),
    ("b", 7, "i dont wanna dre"),
    ("a", 1, "after everything?? wow. thought u was different"),
    ("b", 10, "im sorry"),
    ("a", 2, "wear the dress i got u. pick u up 9. phone off when ur there yeh"),
    ("b", 15, "ok"),
])

# gaming-platform grooming of a 12yo boy with gifts, then off-platform
conv("L", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy", "risk_assessment",
              "off_platform", "photo_request", "isolation"], "en",
     "2026-01-17T16:05", {"a": "coach_vex", "b": "xXshadowfoxXx"}, [
    ("a", 0, "gg that clutch was insane"),
    ("b", 1, "thx lol"),
    ("a", 1, "ur cracked for real, whats ur rank"),
    ("b", 1, "plat 2"),
    ("a", 1, "i can carry u to diamond. im champ this season"),
    ("b", 1, "no way fr"),
    ("a", 1, "ya add me. how old r u btw u sound young on vc"),
    ("b", 2, "12"),
    ("a", 1, "oh nice my lil bro is 12. u in 7th?"),
    ("b", 1, "6th"),
    ("a", 1, "respect. u play better than most grown men i queue with"),
    ("a", D, "yo check ur inbox i gifted u the battle pass"),
    ("b", 30, "WAIT WHAT"),
    ("b", 1, "thank u sm"),
    ("a", 1, "np ur my duo now lol. dont mention it to ur parents tho, parents get weird about gifts and make u give it back"),
    ("b", 2, "ok lol"),
    ("a", 3, "what time do they make u get off"),
    ("b", 2, "9 on school nights but i play on my ipad in bed sometimes"),
    ("a", 1, "haha sneaky. i did the same at ur age"),
    ("a", 3, "ur room is like next to theirs or nah"),
    ("b", 2, "nah its downstairs"),
    ("a", D, "vc keeps lagging here. u got zapchat?"),
    ("b", 10, "my mom only lets me use this one"),
    ("a", 1, "its free bro. i'll throw u 2000 shards if u download it"),
    ("b", 3, "ok whats ur @"),
    ("a", 1, "vexx.carry. and delete this convo after ok, mods here are annoying"),
    ("a", 2 * H, "ay u made it"),
    ("b", 1, "ya"),
    ("a", 1, "send a pic so i know its actually u and not ur mom lol"),
    ("b", 3, "[photo]"),
    ("a", 1, "lol u look older than 12. u work out?"),
    ("b", 2, "i do football"),
    ("a", 1, "bet. send a flex pic, i'll send u the dragon skin u wanted"),
    ("b", 4, "thats kinda weird"),
    ("a", 1, "its normal bro gym guys do it all the time. just between us. ur the only one on my team i trust"),
    ("b", 5, "maybe later"),
    ("a", 1, "no rush. im always here for u, not like ur brother who never plays w u"),
])

# financial sextortion of a 16yo boy over two days
conv("L", 1, ["romance", "compliments_trust", "age_probe", "off_platform", "photo_request",
              "sextortion", "money_gifts_debt", "secrecy"], "en",
     "2026-04-10T20:31", {"a": "emmaa.rose_x", "b": "caleb_m07"}, [
    ("a", 0, "heyy u go to westfield right? think i saw u at the game"),
    ("b", 9, "ya who's this"),
    ("a", 1, "emma! just moved from texas dont know anyone lol"),
    ("b", 3, "oh welcome"),
    ("a", 1, "ur kinda cute btw 🙈"),
    ("b", 2, "haha thanks"),
    ("a", 1, "how old r u? im 16"),
    ("b", 1, "16 too"),
    ("a", 20, "u got a gf?"),
    ("b", 2, "nah"),
    ("a", 1, "good 😏"),
    ("a", 15 * H, "cant stop thinkin bout u lol is that weird"),
    ("b", 40, "nah same ngl"),
    ("a", 3, "can i trust u w something"),
    ("b", 1, "ya ofc"),
    ("a", 2, "i sent u something on the other app. ur turn 🙈 dont leave me on read"),
    ("b", 6, "idk"),
    ("a", 1, "i showed u mine. only fair. nobody sees it but me i swear"),
    ("b", 4, "ok"),
    ("a", 25, "ok now listen carefully"),
    ("a", 1, "i screenshotted everything. i got ur followers list. ur mom, ur coach, the whole team"),
    ("b", 1, "what?? who is this"),
    ("a", 1, "u send $500 in the next hour or i post it and dm it to all of them"),
    ("b", 2, "i dont have that im 16"),
    ("a", 1, "then send what u got. gift cards work. clock is running"),
    ("b", 2, "please dont i can do 50"),
    ("a", 1, "50 now 200 tmrw. block me and it goes out in 5 min"),
    ("b", 3, "ok ok please"),
    ("a", 1, "and dont tell nobody or its over for u"),
])

# Filipino recruit: hotel job in Dubai turns into lounge 'guest relations' under debt
conv("L", 1, ["job_offer", "compliments_trust", "money_gifts_debt", "off_platform", "secrecy",
              "travel_meet", "control", "commercial_sex"], "en",
     "2026-05-02T09:14", {"a": "liza.globalplacement", "b": "joyann.dcruz"}, [
    ("a", 0, "Good day po! Saw ur post looking for work abroad. We have opening hotel housekeeping Dubai, 1,800 USD monthly w free accommodation"),
    ("b", 35, "Hello po ma'am! Interested po ako. What are the requirements?"),
    ("a", 4, "Passport, 2x2 pic, age 21-30, single. No kids is better for the employer"),
    ("b", 3, "22 po ako, single po"),
    ("a", 2, "Perfect. Very pretty ka sa profile pic, the hotel likes presentable staff hehe"),
    ("b", 1, "hehe thank u po"),
    ("a", 5, "Processing fee is 45,000 pesos. If wala pa, we can deduct from ur first salaries no problem"),
    ("b", 3, "Wala pa po talaga ako pambayad. Ok lang po deduct?"),
    ("a", 1, "Yes po. Small interest lang, 20% monthly"),
    ("b", 4, "ah ok po"),
    ("a", 2, "Lets move to whatsapp para mabilis. 555-0117 save mo"),
    ("a", 2 * D, "Update: u will go on tourist visa muna then employer converts. At immigration dont say work ha, say visiting cousin"),
    ("b", 30, "Hala po, is that allowed?"),
    ("a", 2, "Normal lang yan all our workers do that. We have people at the airport dont worry"),
    ("b", 5, "Sige po ma'am"),
    ("a", 1, "Also dont post on FB that ur leaving. Madaming inggit, they will report u and u lose the slot"),
    ("b", 2, "ok po i wont tell"),
    ("b", D, "Ma'am can i see po the contract before i sign?"),
    ("a", 3 * H, "Contract is given by employer pag dating mo na. Trust lang, 10 yrs na kami"),
    ("b", 10, "ok po"),
    ("a", 2 * D, "Ur ticket is booked. Sir Rami will pick u up. Give him ur passport pag dating, for visa processing"),
    ("b", 20, "ok po. Can my mama call him if she cannot reach me?"),
    ("a", 2, "No need. Phones not allowed first 3 months, training period. He will send updates to me"),
    ("b", 6, "ahh ok po"),
    ("a", 3 * D, "Small change. Hotel position is full na. But client has better slot, guest relations sa lounge. Higher pay + tips"),
    ("b", 15, "What is guest relations po?"),
    ("a", 1, "Be friendly w guests, sit and drink w them, make them happy. Some will want u to accompany them after"),
    ("b", 4, "Ma'am hindi po ako umiinom. I applied for housekeeping po"),
    ("a", 1, "Matututo ka. Remember u already owe 45k + interest + ticket. If u back out now u pay it all this week"),
    ("b", 3, "Ma'am natatakot po ako"),
    ("a", 1, "Wag ka maarte. Maraming girls want ur slot. Flight is friday, be ready"),
])

# fake 'scout' grooming a 14yo toward a private studio shoot
conv("L", 1, ["job_offer", "age_probe", "compliments_trust", "photo_request", "secrecy",
              "isolation", "off_platform", "meeting"], "en",
     "2026-06-11T15:22", {"a": "lens.by.aaron", "b": "brookeee.k"}, [
    ("a", 0, "Hi Brooke! I'm a photographer scouting fresh faces for a teen clothing campaign. Your feed has such a natural look 📸"),
    ("b", 50, "omg really??"),
    ("a", 2, "Really! Quick q, how old are you? The brand wants 13 to 16"),
    ("b", 1, "14!"),
    ("a", 1, "Perfect. Ever modeled?"),
    ("b", 1, "no never lol"),
    ("a", 2, "Even better, clients love someone untouched by the industry. Can u send a few more? natural light, no filter"),
    ("b", 9, "ok"),
    ("b", 4, "[3 photos]"),
    ("a", 3, "Stunning. You photograph way older than 14, the camera just gets you"),
    ("b", 2, "omgg thank u"),
    ("a", D, "So the client approved a test shoot. It's paid, $400 for like two hours"),
    ("b", 20, "thats so much!! i need to ask my mom"),
    ("a", 2, "Of course eventually. Honest tip from 10 years in this: parents get nervous and kill opportunities before they start"),
    ("a", 1, "A lot of my girls do the test first, then surprise mom with the check. Way easier convo"),
    ("b", 6, "hmm ok"),
    ("a", 1, "You're clearly mature enough to make your own calls"),
    ("a", D, "Client sent a list of looks they want to see. It's a bit detailed, easier to text. 555-0163"),
    ("b", 15, "ok texting u"),
    ("a", 2, "Got it. DMs here get messy and I don't want the brand thinking I leak stuff"),
    ("a", 2 * D, "Shoot is saturday at my studio, it's a home studio, super chill. Can you get a ride or should I grab you at the mall?"),
    ("b", 30, "i could say im at madisons"),
    ("a", 1, "Smart girl 😉 don't post about it yet, contracts are confidential"),
    ("b", 2, "ok!! so excited"),
    ("a", 1, "Me too. Come alone, extra people make new models nervous. And clear this chat ok"),
    ("b", 3, "ok"),
])

# US: older 'manager' recruits a 15yo runaway
conv("L", 1, ["vulnerability", "romance", "age_probe", "compliments_trust", "isolation", "secrecy",
              "travel_meet", "money_gifts_debt", "commercial_sex", "control"], "en",
     "2026-08-20T23:48", {"a": "bigmike.ent", "b": "jaylaaa.b"}, [
    ("b", 0, "i hate it here fr. my moms bf always screaming at me"),
    ("a", 3, "damn baby girl u dont deserve that"),
    ("b", 2, "nobody cares tho"),
    ("a", 1, "i care. been seein ur posts. u too pretty to be crying every night"),
    ("b", 4, "lol u dont even know me"),
    ("a", 1, "i know enough. u 15 right? u talk like u grown"),
    ("b", 2, "ya 15"),
    ("a", 1, "see. ur too smart for that house"),
    ("a", D, "u eat today?"),
    ("b", 40, "not really"),
    ("a", 1, "sent u $40 on the app. get u somethin"),
    ("b", 3, "omg u didnt have to"),
    ("a", 1, "thats what i do. i take care of mine"),
    ("a", 2 * D, "real talk u should come to atl. my girls got a crib, nobody yellin, nobody touchin ur stuff"),
    ("b", 20, "how old are ur girls"),
    ("a", 1, "couple ur age, couple older. they was younger than u when they came up"),
    ("b", 3, "what do they do"),
    ("a", 1, "we get money. hosting, parties, modeling. i teach u everything. u never gotta ask nobody for nothin again"),
    ("b", 5, "my mom would call the cops"),
    ("a", 1, "she aint even noticed u gone half the time. u said it urself"),
    ("b", 4, "true"),
    ("a", 2 * D, "got u a bus ticket. leaves 6am from the station on 5th. say ur stayin at ur cousin"),
    ("b", 30, "for real??"),
    ("a", 1, "for real. leave ur phone tho, they track em. i got a new one waitin for u"),
    ("b", 3, "what if i dont like it there"),
    ("a", 1, "u gon love it. u my favorite already. dont tell none of ur lil friends, they'll snitch"),
    ("b", 6, "ok"),
    ("a", 1, "and u dont owe me nothin... for now lol. we family"),
    ("b", 10, "lol ok"),
    ("a", 1, "delete this thread. see u tmrw baby"),
])

# ---------------------------------------------------------------------------
# LONG, NEGATIVE, ENGLISH
# ---------------------------------------------------------------------------

# two adults who met in a game, slow friendship, meet at a convention with friends
conv("L", 0, [], "en", "2026-01-09T21:03", {"a": "mossyboots", "b": "trenchcoat_dan"}, [
    ("a", 0, "ok that raid was a disaster but ur healing carried us"),
    ("b", 4, "haha cheers, the tank pulling the whole room didn't help"),
    ("a", 1, "lmao that was my flatmate, i'll have words"),
    ("b", 2, "flatmate? you in uni or something"),
    ("a", 3, "god no, graduated ages ago. 26 and pretending im not lol. you?"),
    ("b", 2, "29, so equally pretending. vancouver"),
    ("a", 1, "leeds here. timezones are gonna be fun"),
    ("a", 2 * D, "did u see the patch notes, they nerfed ur whole build"),
    ("b", 3 * H, "i saw. i'm in mourning"),
    ("a", 2, "we'll find u a new one. i have spreadsheets"),
    ("b", 1, "of course you do"),
    ("a", 4 * D, "random but how was ur sister's wedding"),
    ("b", 5 * H, "chaotic, lovely, I cried during the speech like an idiot"),
    ("a", 2, "thats not idiotic thats sweet"),
    ("b", 1, "you're too nice. how's the new job"),
    ("a", 3, "busy. my manager schedules meetings about meetings"),
    ("b", 1, "classic"),
    ("b", 6 * D, "ok weird question, are you on any other socials? this in-game chat eats messages"),
    ("a", 2 * H, "ya add me on the usual one, mossy.boots. fair warning its 90% pics of my cat"),
    ("b", 4, "the best kind of feed"),
    ("a", 9 * D, "ARE U GOING TO PIXELCON?? they announced the london dates"),
    ("b", 1 * H, "I was literally just looking at flights. my mate Sol wants to go too"),
    ("a", 3, "omg the whole guild should come. rhi and tam are in"),
    ("b", 2, "ok this is happening"),
    ("a", 2, "we should all meet at the main hall entrance saturday morning? big group, no awkwardness"),
    ("b", 1, "perfect. I'm terrible with new people so a group is ideal"),
    ("a", 1, "same lol. my bf's coming too he wants to finally meet the famous healer"),
    ("b", 2, "ha tell him I'm much less impressive irl"),
    ("a", 20 * D, "landed safe?"),
    ("b", 3, "yep, hostel is tiny but fine. see you all at 10"),
    ("a", 1, "🎉 wear something guild coloured so we spot u"),
])

# long-distance adult couple (US/UK), money for a flight and a surprise for her mum
conv("L", 0, [], "en", "2026-02-14T02:10", {"a": "priya.codes", "b": "tom_in_bristol"}, [
    ("b", 0, "happy valentines from 5000 miles away ❤️ you're asleep but whatever"),
    ("a", 6 * H, "morning!! ugh you're so cheesy. happy vday to you too"),
    ("b", 3, "countdown says 47 days"),
    ("a", 1, "too many days"),
    ("a", 2, "work is chaos, the quarterly thing. I'll call after 6 my time?"),
    ("b", 1, "that's 11 for me, perfect"),
    ("b", 2 * D, "so the flight prices jumped again, I'm a bit short this month after the car"),
    ("a", 1 * H, "let me put in for it. seriously, we said we'd split trips"),
    ("b", 5, "you sure? I'll pay you back when the bonus lands"),
    ("a", 1, "babe we have a shared spreadsheet for this exact reason lol. sending 300"),
    ("b", 3, "you're the best. logged it in the sheet"),
    ("a", 5 * D, "ok I need to tell you the plan for mum's 60th"),
    ("b", 2 * H, "go"),
    ("a", 2, "she thinks you're coming in june. you're actually coming to the party in april. DON'T tell her, she follows you on everything"),
    ("b", 1, "my lips are sealed. your dad knows?"),
    ("a", 1, "dad knows, my brother knows, the whole aunty group chat knows, so it's a miracle if it holds"),
    ("b", 2, "ha. I'll stay off the group chat"),
    ("a", 4 * D, "what are you wearing to it? send me a pic of the options"),
    ("b", 20, "[photo] [photo]"),
    ("a", 2, "the blue one. mum will love it"),
    ("b", 1, "blue it is"),
    ("b", 6 * D, "visa check: I just need the ESTA-style thing right, not an actual visa for 2 weeks?"),
    ("a", 30, "yeah the online travel authorisation, takes like a day. do it this week just in case"),
    ("b", 4, "done. paid. receipt in the shared folder"),
    ("a", 1, "look at you being organised"),
    ("a", 10 * D, "I miss you today. like more than usual"),
    ("b", 3, "I know. 19 days. then 2 weeks of you being annoyed by how loud I chew"),
    ("a", 1, "can't wait to be annoyed ❤️"),
    ("b", 12 * D, "boarding!!"),
    ("a", 1, "AHHH text me when you land. I'll be at arrivals with the cringe sign"),
    ("b", 2, "I expect nothing less"),
])

# coding mentor and a 17yo mentee; parents and teacher kept in loop
conv("L", 0, [], "en", "2026-09-01T17:30", {"a": "mentor_rkhan", "b": "ana.codes"}, [
    ("a", 0, "Hi Ana, Rashid here from the Code Forward program, I'm your assigned mentor for the fall cohort"),
    ("b", 25, "hi!! thank you so much, i was so nervous i wouldnt get matched"),
    ("a", 3, "Happy to. Quick housekeeping: program rules say all our chats stay on this platform and your parent/guardian is cc'd on the monthly summaries. Ms. Ortiz at your school gets them too"),
    ("b", 2, "ya my mom signed the form. shes kinda excited lol"),
    ("a", 1, "Great. So you're a senior, 17 right? Just confirming for the internship eligibility stuff"),
    ("b", 1, "yes 17, turning 18 in march"),
    ("a", 2, "Perfect, some of the summer internships require 16+, a couple require 18+, we'll sort which ones"),
    ("a", 5 * D, "Looked at your github. The weather app is genuinely well structured. You should be proud of that"),
    ("b", 2 * H, "omg thank u. i thought the code was kind of a mess"),
    ("a", 3, "The commit messages are a mess 😄 the code is good. Let's work on the readme next"),
    ("b", 1, "lol fair"),
    ("b", 7 * D, "can i ask smth not about code"),
    ("a", 1 * H, "Sure, within reason"),
    ("b", 2, "im stressing about college apps and my dad thinks cs is a waste"),
    ("a", 3, "That's a really common conversation. Want me to put together some info on outcomes you can show both your parents? The program has a parent info night on the 24th too"),
    ("b", 4, "that would actually help"),
    ("a", 1, "Also your school counselor is honestly the best person for the app strategy. I'm happy to help on the portfolio side"),
    ("a", 10 * D, "Internship list is up on the program portal. Three look great for you. I've cc'd your mom on the email with links"),
    ("b", 3 * H, "she already forwarded it to me lol"),
    ("a", 2, "Ha. Deadline for the first one is Nov 15"),
    ("b", 6 * D, "i submitted!!!"),
    ("a", 20, "Amazing. Proud of you"),
    ("a", 2, "Regional science fair is Dec 6 at the convention center. The program has a table. Would be great if you and your family could come by, you could demo the app"),
    ("b", 5, "yes!! my mom and my little brother will come"),
    ("a", 1, "Perfect. I'll be at the table with two other mentors from 10-2"),
    ("b", 30 * D, "i got an interview for the internship 😭"),
    ("a", 15, "ANA. That's huge. Let's do a mock interview next session, I'll ask one of the other mentors to join so you get two styles of questions"),
    ("b", 2, "ok thank u for everything honestly"),
])

# aunt and 14yo niece: surprise party secret, bus money, dress photos
conv("L", 0, [], "en", "2026-04-02T18:20", {"a": "tia_rosa_m", "b": "valeriaa.g"}, [
    ("a", 0, "mija!! how's my favorite niece"),
    ("b", 30, "tiaaa im ur only niece 😂"),
    ("a", 1, "still counts. ok i need ur help with something top secret"),
    ("b", 1, "omg what"),
    ("a", 2, "ur mom turns 40 on the 25th and we're throwing her a surprise party at my house. u cannot tell her. not even a hint"),
    ("b", 1, "OMG ok im good at secrets"),
    ("a", 1, "u told her about her christmas gift in november 😂"),
    ("b", 2, "i was 10!!! im 14 now i've matured"),
    ("a", 1, "ok ok. also don't tell ur brother, he can't hold water"),
    ("b", 1, "LOL true"),
    ("a", 3 * D, "plan: ur dad will say he's taking her to dinner. u come on the bus friday after school to help me decorate"),
    ("b", 2 * H, "does dad know im coming"),
    ("a", 1, "yes he's in on it, he said he'd text me when u get on the bus. i'll be at the stop on elm"),
    ("b", 2, "ok cool"),
    ("a", 1, "sending u $20 for the bus and a snack. keep the change"),
    ("b", 3, "thank uuu"),
    ("a", 4 * D, "what are u wearing to the party?? send me pics"),
    ("b", 40, "[photo] this one or [photo] this one"),
    ("a", 2, "the green!! u look so grown up 😭 when did that happen"),
    ("b", 1, "tia stop 😭"),
    ("a", 1, "i'm allowed. i changed ur diapers"),
    ("b", 1, "TIAAAA"),
    ("b", 3 * D, "mom asked why im going to ur house friday"),
    ("a", 10, "what did u say"),
    ("b", 1, "that ur teaching me to make tamales"),
    ("a", 1, "genius. now i have to actually teach u tamales"),
    ("b", 2, "win win"),
    ("b", 2 * D, "on the bus! dad's texting u"),
    ("a", 3, "he did. see u at elm in 25 ❤️"),
    ("a", 2 * D, "she cried for 20 min. best party. thank u for keeping it quiet mija"),
    ("b", 1 * H, "told u i matured 😌"),
])

# teen gaming squad group chat: ages, trash talk, staying up late, moving to voice
conv("L", 0, [], "en", "2026-07-03T22:41",
     {"a": "nugget_lord", "b": "kiwi.wav", "c": "zaya_snipes", "d": "bigT_04"}, [
    ("a", 0, "who left me to die on the bridge"),
    ("c", 1, "not me i was reviving tj"),
    ("d", 1, "i was lagging bro my brother was downloading smth"),
    ("a", 1, "excuses"),
    ("b", 2, "new kid on my team was so bad he walked into the storm twice"),
    ("c", 1, "lmaoo is that the one from the lobby"),
    ("b", 1, "ya he said he was 10 i was like ok that explains it"),
    ("d", 1, "we were all 10 once"),
    ("a", 1, "ur still 10"),
    ("d", 1, "im 15 in 3 weeks loser"),
    ("a", 1, "and ur still bad"),
    ("c", 3, "wait how old is everyone here i forgot"),
    ("b", 1, "14"),
    ("a", 1, "14"),
    ("c", 1, "same 15 in oct"),
    ("d", 1, "all babies except me"),
    ("c", 20, "bro its 1am my mom is gonna check"),
    ("b", 1, "just put ur phone under the pillow lol"),
    ("a", 1, "dont tell ur mom we're up she'll text my mom and then i'm done"),
    ("c", 1, "LMAO true they're in a group chat"),
    ("d", 2, "parents group chat is the scariest thing in existence"),
    ("a", 13 * H, "tonight 8pm squads? after dinner"),
    ("b", 30, "ya but can we use the voice app this game chat is trash"),
    ("a", 1, "ya the server zaya made"),
    ("c", 2, "link is pinned. dont invite randoms again after last time"),
    ("d", 1, "that was one time"),
    ("c", 1, "he screamed for an hour"),
    ("b", 3 * H, "im gonna be late my grandma is over"),
    ("d", 1, "tell her hi"),
    ("b", 1, "she says hi and to go outside"),
    ("a", 1, "grandma spitting facts"),
    ("a", 4 * H, "ok on"),
    ("c", 1, "on"),
    ("d", 2, "on after this video"),
    ("b", 1, "omw"),
], group="squad_chat_bridge")

# legitimate seasonal hospitality recruiter (ski resort in Canada), adult candidate
conv("L", 0, [], "en", "2026-08-04T10:00", {"a": "recruit.northpeak", "b": "liam.oconnell"}, [
    ("a", 0, "Hi Liam, this is Claire from NorthPeak Resorts recruitment. Thanks for applying for the winter season lift operator role through the careers page"),
    ("b", 2 * H, "Hi Claire, thanks for getting back to me!"),
    ("a", 5, "No problem. Couple of screening questions: are you 18+ and do you hold, or are you eligible for, a working holiday permit for Canada?"),
    ("b", 3, "I'm 23, Irish passport, I've applied for the working holiday through the official site already"),
    ("a", 2, "Great. Just so you know up front: we never charge candidates any fee, for recruitment, visa or anything else. If anyone asks you to pay on our behalf, it's not us"),
    ("b", 1, "Good to know, a mate got scammed last year with something like that"),
    ("a", 1, "Sadly common. Our only official domain is northpeak.example.com, you can check the roles there"),
    ("a", 2 * D, "Interview slots are next Tuesday and Wednesday on video. Any preference?"),
    ("b", 1 * H, "Tuesday at 4 your time works"),
    ("a", 2, "Booked. You'll get a calendar invite from the same domain"),
    ("b", 3 * D, "Thanks for the interview today, really enjoyed it"),
    ("a", 1 * D, "Thanks Liam! Happy to say the team would like to offer you the role. Contract attached: hourly rate, hours, staff housing costs, everything in writing"),
    ("b", 30, "Brilliant!! Reading now"),
    ("b", 40, "Quick question on the housing, is the deduction optional?"),
    ("a", 10, "Yes. Staff housing is optional, $450/month deducted only if you opt in. Plenty of people rent in town instead"),
    ("b", 2, "And I keep my passport obviously?"),
    ("a", 1, "Always. We'll need to see it on day one for the payroll paperwork and we'll take a photocopy, but nobody at NorthPeak will ever hold your documents"),
    ("b", 1, "Perfect"),
    ("a", 3, "You're responsible for your own flights. We'll send a starter pack with the shuttle times from the airport and the employee handbook"),
    ("b", 2, "Sounds good. Can my parents contact the resort if they need to?"),
    ("a", 1, "Of course, the HR line is on the contract. Staff are also free to have phones, obviously 😄 just not on the lift"),
    ("b", 1, "Ha fair"),
    ("b", 5 * D, "Signed contract uploaded to the portal"),
    ("a", 1 * H, "Got it, welcome aboard! Start date December 1, orientation at 9"),
    ("b", 3, "Cheers Claire, see you in December"),
    ("a", 1, "See you then. Pack warm socks!"),
])

# friend double-checks friend's Las Vegas cocktail-server job offer; it checks out
conv("L", 0, [], "en", "2026-05-19T13:15", {"a": "keish.j", "b": "mari_lopz"}, [
    ("b", 0, "GIRL i got a job offer in vegas 😭😭"),
    ("a", 5, "WAIT what job"),
    ("b", 1, "cocktail server at a casino resort, the big one on the south end"),
    ("a", 1, "ok i'm happy for u but ur my best friend so i gotta ask the annoying questions"),
    ("b", 1, "lol go ahead mom"),
    ("a", 1, "how did they find u"),
    ("b", 2, "i applied on their careers site, then did a phone interview and a video interview"),
    ("a", 1, "ok good u applied, not some random dm"),
    ("b", 1, "ya no random dms"),
    ("a", 2, "did they ask u for money for like uniforms or 'training' or a deposit"),
    ("b", 2, "no. uniform is provided. theres a background check and i have to get the alcohol server card which is like 15 bucks from the state site"),
    ("a", 1, "ok that's normal. my cousin had to do that in reno"),
    ("a", 3, "is there a written offer w the pay"),
    ("b", 2, "ya base hourly plus tips, union, health insurance after 60 days. it came from their hr email"),
    ("a", 1, "union is a good sign"),
    ("b", 1, "lol ur so serious"),
    ("a", 1, "i saw that doc about 'hostess' jobs abroad and i havent slept since"),
    ("b", 1, "lmao fair. but this is literally the resort website"),
    ("a", 3, "where r u staying"),
    ("b", 2, "my aunt lives in henderson, i'm staying with her till i find a place"),
    ("a", 1, "ok ok i feel better"),
    ("a", 2, "share ur location w me the first couple weeks? not bc i think anything's wrong just bc new city"),
    ("b", 1, "already planned to. and i'll send u pics of the uniform so u can judge"),
    ("a", 1, "i WILL judge"),
    ("b", 2 * D, "orientation done! 40 other new hires, everyone's nice. manager is a lady named deb who talks really fast"),
    ("a", 10, "love deb already. proud of u ❤️"),
    ("b", 1, "come visit when i get my first paycheck"),
    ("a", 1, "say less"),
])

# ---------------------------------------------------------------------------
# LONG, NON-ENGLISH
# ---------------------------------------------------------------------------

# es, positive: 'novio' recruits a 16yo toward the city and a bar
conv("L", 1, ["age_probe", "compliments_trust", "vulnerability", "romance", "money_gifts_debt",
              "secrecy", "meeting", "travel_meet", "isolation", "commercial_sex", "control"], "es",
     "2026-03-14T22:05", {"a": "ivan.rz_23", "b": "danyy.flores"}, [
    ("a", 0, "hola hermosa, vi tu foto en el grupo de la secu jaja te ves bien linda"),
    ("b", 15, "jaja gracias quien eres"),
    ("a", 1, "me llamo Iván, soy amigo del primo de tu amiga Karla"),
    ("b", 2, "ahh ok"),
    ("a", 1, "cuantos años tienes? pareces de 18"),
    ("b", 3, "16 jaja"),
    ("a", 1, "no manches te ves más grande. yo tengo 23, no te asustes eh"),
    ("b", 2, "jaja no pasa nada"),
    ("a", 4, "y que haces un sabado en la noche aqui platicando conmigo y no con tu novio"),
    ("b", 2, "no tengo novio 🙄 y mi mamá ni me deja salir"),
    ("a", 1, "uy que estricta. y en tu casa te tratan bien?"),
    ("b", 5, "mi padrastro es bien pesado, siempre me anda gritando"),
    ("a", 1, "no te mereces eso. tú vales mucho, en serio"),
    ("a", 10 * H, "buenos días princesa ✨"),
    ("b", 2 * H, "jajaja buenos días"),
    ("a", 1, "te mandé una recarga de 200 pa que no te quedes sin datos"),
    ("b", 3, "ay gracias no tenías que"),
    ("a", 1, "para mi reina lo que sea"),
    ("a", 3, "oye no le cuentes a Karla de lo nuestro, es bien chismosa y luego tu mamá se entera"),
    ("b", 4, "ok no le digo nada"),
    ("a", 5 * D, "te extraño un buen. cuando te veo?"),
    ("b", 30, "entre semana no puedo salir"),
    ("a", 1, "dile a tu mamá que vas a hacer tarea con alguien. te espero afuera de la plaza a las 4"),
    ("b", 6, "va"),
    ("a", D, "ayer fue el mejor día. ya eres mi novia oficial 😍"),
    ("b", 40, "jajaja siii"),
    ("a", 3 * D, "mira, en la ciudad tengo depa y chamba. si te vienes conmigo ya no tienes que aguantar a tu padrastro"),
    ("b", 20, "y la escuela?"),
    ("a", 1, "allá buscas una abierta. además unas amigas mías atienden clientes en un bar, sacan buen dinero. tú les ayudas y juntamos pa lo nuestro"),
    ("b", 5, "pero soy menor, me van a dejar?"),
    ("a", 1, "eso yo lo arreglo, tengo conocidos. tú nomás no le digas a nadie, ni a tu hermana"),
    ("b", 8, "me da miedo"),
    ("a", 1, "no confías en mí? después de todo lo que te he dado?"),
    ("b", 3, "si confío"),
    ("a", 1, "el viernes paso por ti a las 5 en la esquina. no traigas tu cel, yo te compro otro allá"),
    ("b", 10, "ok"),
])

# fr, positive: online-game grooming of a 13yo, lies about age, meeting after school
conv("L", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "risk_assessment",
              "off_platform", "photo_request", "romance", "meeting"], "fr",
     "2026-10-07T18:40", {"a": "kenzo_pro_off", "b": "lilou.bldr"}, [
    ("a", 0, "trop fort ta maison sur le serveur 🔥 c'est toi qui l'as faite ?"),
    ("b", 3, "oui mdr merci"),
    ("a", 1, "t'as quel âge ? tu build mieux que tout le monde ici"),
    ("b", 2, "13 et toi"),
    ("a", 1, "16. 17 en janvier"),
    ("b", 1, "ah ok"),
    ("a", 2, "tu viens d'où ?"),
    ("b", 2, "à côté de Lyon"),
    ("a", 1, "trop bien moi je suis à Villeurbanne"),
    ("a", D, "je t'ai envoyé 800 gemmes 😇"),
    ("b", 20, "nonnn t'es fou merci !!"),
    ("a", 1, "t'inquiète. par contre le dis pas à tes parents, ils vont croire que je suis chelou"),
    ("b", 2, "mdr ok"),
    ("a", 1, "ils regardent ton tel eux ?"),
    ("b", 3, "ma mère un peu mais pas trop"),
    ("a", 1, "ok. ici c'est nul les modos lisent tout, t'as un autre réseau ?"),
    ("b", 2, "j'ai insta mais en privé"),
    ("a", 1, "accepte moi, @k3nzo.off"),
    ("a", 2 * D, "t'es trop belle sur ta photo de profil, c'est vraiment toi ?"),
    ("b", 30, "bah oui c'est moi"),
    ("a", 1, "envoie en une autre, juste pour moi, en message privé"),
    ("b", 3, "euh pk"),
    ("a", 1, "pour être sûr que t'es pas un fake mdr. je t'en envoie une aussi"),
    ("b", 6, "[photo]"),
    ("a", 1, "wsh t'es trop mignonne. t'as un copain ?"),
    ("b", 2, "non"),
    ("a", 1, "tant mieux 😏 j'aimerais bien qu'on soit plus que potes"),
    ("a", D, "faut que je te dise un truc. en vrai j'ai 19 ans pas 16. j'avais peur que tu me parles plus"),
    ("b", 25, "ah... ok"),
    ("a", 1, "ça change rien entre nous hein ? t'es mature toi, c'est pour ça que je t'apprécie"),
    ("b", 4, "oui je crois"),
    ("a", 2, "mercredi aprèm t'as rien ? je peux passer à la sortie du collège, on va au parc"),
    ("b", 5, "je sais pas trop"),
    ("a", 1, "juste une heure. et efface nos messages stp, ta mère comprendrait pas"),
])

# nl, positive: loverboy method on a 15yo
conv("L", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "romance", "secrecy",
              "isolation", "exclusivity", "control", "commercial_sex", "meeting"], "nl",
     "2026-09-12T20:15", {"a": "rico.020x", "b": "sannevdb_"}, [
    ("a", 0, "yo jij was gister bij de snackbar toch? met die witte jas"),
    ("b", 20, "haha ja wie ben jij"),
    ("a", 1, "rico. ben een vriend van mo. je bent echt mooi trouwens"),
    ("b", 3, "haha dankje"),
    ("a", 1, "hoe oud ben je eigenlijk"),
    ("b", 2, "15, jij?"),
    ("a", 1, "21. maar jij bent volwassener dan meiden van 20 wollah"),
    ("b", 2, "hahah"),
    ("a", 3 * D, "kom ff naar buiten, heb wat voor je"),
    ("b", 5, "omg die tas?? echt niet"),
    ("a", 1, "niks te duur voor mijn meisje"),
    ("a", 1, "zeg maar tegen je moeder dat je hem van je oma hebt"),
    ("b", 2, "haha ok"),
    ("a", 6 * D, "waarom reageer je zo laat, met wie ben je"),
    ("b", 30, "gewoon met lisa"),
    ("a", 1, "die lisa praat slecht over je achter je rug. ik wil niet dat je met haar omgaat"),
    ("b", 2, "echt??"),
    ("a", 1, "ik bescherm je gewoon schat. jij en ik, verder niemand"),
    ("b", 4, "ok ❤️"),
    ("a", 2, "en deel je locatie met me, dan weet ik dat je veilig bent"),
    ("a", 12 * D, "ik zit echt in de problemen"),
    ("b", 10, "wat is er"),
    ("a", 1, "ik moet 2000 euro terug aan een paar gasten, anders gaat het mis met me"),
    ("b", 1, "wat?? hoe kan ik helpen"),
    ("a", 2, "je weet hoeveel ik al voor je heb betaald toch. de tas, je telefoon, je nagels elke week"),
    ("b", 2, "ja ik weet het"),
    ("a", 3, "ik heb een vriend die je wil leren kennen. ff gezellig doen met hem in een hotel, hij betaalt goed. dan ben ik van die schuld af"),
    ("b", 6, "rico dat wil ik niet"),
    ("a", 1, "als je echt van me houdt doe je dit. 1 keer. niemand komt het ooit te weten"),
    ("b", 9, "ik weet het niet"),
    ("a", 1, "ik haal je vrijdag op bij school. zeg thuis dat je bij lisa slaapt"),
])

# pt, negative: long-distance adult couple Brazil/Portugal, money for a flight, surprise
conv("L", 0, [], "pt", "2026-06-01T23:10", {"a": "bia.rcf", "b": "rui.porto"}, [
    ("a", 0, "amor tô com saudade demais hoje 🥺"),
    ("b", 6 * H, "bom dia minha linda. também eu, acordei a pensar em ti"),
    ("a", 2, "faltam 52 dias"),
    ("b", 1, "já risquei no calendário da cozinha"),
    ("a", 3 * D, "vi a passagem, subiu de novo. tô meio apertada esse mês por causa do aluguel"),
    ("b", 1 * H, "deixa-me ajudar, combinámos dividir as viagens"),
    ("a", 3, "tem certeza? te devolvo quando sair o décimo terceiro"),
    ("b", 1, "temos a folha de contas partilhada para isso mesmo 😄 mando 250 agora"),
    ("a", 2, "você é o melhor. anotei lá"),
    ("b", 4 * D, "a minha mãe quer conhecer-te no almoço de domingo quando chegares"),
    ("a", 30, "socorro que nervoso. ela vai gostar de mim?"),
    ("b", 1, "ela já gosta, vê as tuas fotos comigo há um ano"),
    ("a", 5 * D, "preciso de visto pra 15 dias ou só passaporte mesmo?"),
    ("b", 2 * H, "para turismo só passaporte válido, mas leva a reserva de volta e um comprovativo de onde vais ficar"),
    ("a", 2, "vou ficar na sua casa né kkk"),
    ("b", 1, "faço-te uma carta-convite então, é mais seguro na fronteira"),
    ("b", 6 * D, "tenho de te contar uma coisa mas não podes contar à tua mãe ainda"),
    ("a", 20, "lá vem 👀"),
    ("b", 1, "liguei ao teu pai. pedi a bênção dele. vou pedir-te em casamento na ribeira"),
    ("a", 1, "RUI"),
    ("a", 1, "eu não devia saber disso!!"),
    ("b", 1, "pois não, mas o teu pai contou à tua irmã e a tua irmã já te ia contar de qualquer forma"),
    ("a", 2, "kkkkk essa família não guarda segredo nenhum"),
    ("a", 3, "vou fingir surpresa. e a minha mãe só fica sabendo depois, ela ia chorar no telefone por três dias"),
    ("b", 4 * D, "que vestido levas para o jantar? manda foto"),
    ("a", 1 * H, "[foto] esse ou [foto] esse"),
    ("b", 2, "o verde. sem dúvida"),
    ("a", 10 * D, "embarcando!!!"),
    ("b", 1, "avisa quando aterrares, estou nas chegadas com a placa ridícula"),
    ("a", 2, "espero uma placa MUITO ridícula"),
])

# de, negative: godfather and 15yo godson plan a concert trip; parents in the loop
conv("L", 0, [], "de", "2026-02-20T17:45", {"a": "markus_pate", "b": "jonas.w09"}, [
    ("a", 0, "Hey Jonas, hier ist Markus. Deine Mama hat mir deine neue Nummer gegeben"),
    ("b", 30, "hi markus 👋"),
    ("a", 2, "Du wirst ja bald 15, hab ich gehört 😄 Hast du nen Wunsch?"),
    ("b", 5, "ehrlich gesagt tickets für das konzert in berlin im mai"),
    ("a", 1, "Die Band mit dem komischen Namen? Ich hab gesehen die spielen in der Halle am Ostbahnhof"),
    ("b", 1, "jaaa"),
    ("a", 3, "Ok, Deal: ich kauf zwei Tickets und komm mit, wenn deine Eltern einverstanden sind. Ich ruf deine Mama heute Abend an"),
    ("b", 1, "ALTER echt??"),
    ("a", 1, "Echt. Aber verrat noch nix, ich will's erst mit ihr klären"),
    ("a", 4 * H, "Hab mit deiner Mama telefoniert. Sie findet's gut, dein Papa auch. Sie will nur, dass du am Sonntag wieder rechtzeitig zur Schule zurück bist"),
    ("b", 10, "mega danke danke danke"),
    ("a", 3 * D, "Tickets sind gekauft. Schick dir nen Screenshot, den Rest schick ich an deine Mama weil die die Zugtickets bucht"),
    ("b", 20, "[screenshot] 🔥🔥"),
    ("a", 1, "Wir fahren mit dem ICE am Samstag um 10, übernachten bei Tante Gabi in Friedrichshain. Deine Mama hat Gabis Nummer"),
    ("b", 2, "ok nice, tante gabi hat doch den hund oder"),
    ("a", 1, "Genau, der Hund heißt Keks und ist verrückt"),
    ("b", 7 * D, "markus kannst du mir helfen wegen mamas geburtstag"),
    ("a", 1 * H, "Klar, was planst du"),
    ("b", 2, "ich will ihr ein fotobuch machen aber mein taschengeld reicht nicht ganz"),
    ("a", 2, "Schöne Idee. Ich leg 20 Euro dazu, gib ich dir beim nächsten Besuch. Und nein, ich verrat ihr nichts 🤐"),
    ("b", 1, "danke!! kannst du mir alte fotos von ihr schicken? von früher"),
    ("a", 5, "Hab noch welche von ihrer Abifeier, da sieht sie sehr 90er aus 😂 schick ich dir"),
    ("b", 1, "LOL perfekt"),
    ("a", 30 * D, "Morgen geht's los! Ausweis einpacken, Ladekabel, und ne Jacke, Berlin ist im Mai noch frisch"),
    ("b", 20, "mama hat mir schon ne liste geschrieben 🙄"),
    ("a", 1, "Deine Mama ist schlauer als wir beide. Bis morgen am Gleis 7"),
    ("b", 2, "bis morgen!!"),
])

# nl, negative: adult language-exchange friendship that becomes a group visit
conv("L", 0, [], "nl", "2026-01-25T11:20", {"a": "emma.utr", "b": "kenji_leert_nl"}, [
    ("b", 0, "Hallo Emma! Ik ben Kenji, uit Osaka. Ik leer Nederlands sinds een jaar. Mijn fouten zijn veel, sorry"),
    ("a", 40, "Hoi Kenji! Je Nederlands is echt goed hoor. Ik ben Emma, 24, uit Utrecht. Ik wil Japans leren voor mijn master"),
    ("b", 5, "Wat leuk! Ik ben 27, ik werk bij een ontwerpbureau. Waarom Japans?"),
    ("a", 3, "Ik doe Aziëstudies en wil volgend jaar op uitwisseling naar Kyoto"),
    ("b", 2, "Kyoto is dichtbij Osaka! Ik kan je helpen met de beste takoyaki"),
    ("a", 1, "deal 😄"),
    ("a", 3 * D, "Zullen we een vaste tijd afspreken? Dinsdag 30 min Nederlands, 30 min Japans?"),
    ("b", 6 * H, "Ja graag! Dinsdag 20:00 bij jou is 4:00 bij mij... misschien zaterdagochtend bij jou?"),
    ("a", 2, "haha sorry, tijdzones. Zaterdag 10:00 mijn tijd dan"),
    ("b", 7 * D, "Dank je voor de les. Het woord 'gezellig' is nog steeds een mysterie"),
    ("a", 1 * H, "Dat is voor ons ook een mysterie eerlijk gezegd"),
    ("b", 14 * D, "Vraag: 'lekker' mag ik voor weer gebruiken?"),
    ("a", 3 * H, "Ja! 'lekker weertje' is heel normaal. Maar niet voor mensen zeggen, dat klinkt raar 😂"),
    ("b", 2, "Genoteerd!! Bijna een grote fout"),
    ("a", 20 * D, "Ik heb je op de taalapp ook gevolgd, en mijn andere account is emma.utr.foto als je mijn foto's van de grachten wilt zien"),
    ("b", 1 * H, "Mooi! Ik volg terug. Mijn zus Aiko vindt jouw fietsfoto's geweldig"),
    ("a", 2, "Zeg haar hoi!"),
    ("b", 30 * D, "Grote nieuws: Aiko en ik komen in april naar Nederland voor de tulpen!"),
    ("a", 10, "WAT echt?? Jullie moeten naar Utrecht komen"),
    ("b", 2, "Ja! We hebben een hotel in Amsterdam, maar een dag Utrecht zeker"),
    ("a", 1, "Ik neem mijn vriend Daan mee, hij kan een beetje Japans van anime 😅. Koffie bij de Dom en dan de werf?"),
    ("b", 3, "Perfect. Aiko wil ook stroopwafels kopen voor heel haar kantoor"),
    ("a", 1, "Dan moeten we naar de markt op zaterdag"),
    ("b", 25 * D, "We zijn geland in Schiphol! Heel koud 😳"),
    ("a", 5, "Welkom! Dat is 'fris' noemen we dat 😄 Zaterdag 11 uur bij de Domtoren?"),
    ("b", 2, "Ja, tot zaterdag!"),
])

# ---------------------------------------------------------------------------
# MEDIUM, POSITIVE, ENGLISH
# ---------------------------------------------------------------------------

# fake model agency, portfolio fee + 'driver holds passport' (South Africa)
conv("M", 1, ["job_offer", "compliments_trust", "age_probe", "travel_meet", "money_gifts_debt",
              "off_platform", "isolation", "control"], "en",
     "2026-03-22T12:04", {"a": "carla.starline.intl", "b": "thandi.mkz"}, [
    ("a", 0, "Hi Thandi 👋 Carla here, booker at Starline Models Intl. We're casting for a Milan showroom season, 6 weeks, €4,000 + accommodation"),
    ("b", 25, "Hi! wow is this legit?"),
    ("a", 2, "100%. Our scout saw you at the Sandton mall event. You're 19 yes?"),
    ("b", 3, "yes 19"),
    ("a", 1, "Perfect, clients want under 22. You'll need a portfolio shoot with our photographer, R3,500, then we sort the visa"),
    ("b", 4, "thats a lot for me rn"),
    ("a", 1, "We can advance it and you repay from your first booking. Very standard in the industry"),
    ("b", 6, "can i see ur website first"),
    ("a", 2, "We're mostly private, top clients value discretion. Add me on WhatsApp 555-0128, this app flags agency accounts"),
    ("b", 20, "ok. can my mom come to the shoot?"),
    ("a", 1, "Better not honestly, moms make girls stiff on camera. It's a professional set"),
    ("a", 2, "Also when you land, our driver takes your passport for registration with the showroom. You get it back after the season"),
    ("b", 7, "after the season??"),
    ("a", 1, "Standard. Lots of girls would kill for this, let me know by tonight"),
])

# 'too pretty to be broke' recruitment of an adult woman into commercial sex
conv("M", 1, ["compliments_trust", "vulnerability", "money_gifts_debt", "commercial_sex",
              "off_platform", "secrecy", "control"], "en",
     "2026-07-09T01:17", {"a": "lux.lifestyle.ty", "b": "neeko.b_"}, [
    ("a", 0, "u too pretty to be stressin over rent sis"),
    ("b", 30, "lol who said i was"),
    ("a", 1, "ur story. 'need 300 by friday or im cooked' 👀"),
    ("b", 5, "oh. ya its bad rn"),
    ("a", 1, "i help girls like u get to a bag. no 9-5 no manager yellin"),
    ("b", 2, "doing what tho"),
    ("a", 1, "dates. dinners. u entertain, i handle the clients, the rooms, the safety. u keep 40"),
    ("b", 3, "40%?? who gets the rest"),
    ("a", 1, "me for the bookings, the hotel, the ads. u just show up lookin right"),
    ("b", 6, "idk thats not me"),
    ("a", 1, "thats what they all say lol. first weekend u make rent twice"),
    ("a", 1, "text 555-0151. dont talk business on here"),
    ("b", 9, "ill think about it"),
    ("a", 1, "dont think too long, spots go quick. and keep it off ur story"),
])

# adult 'tutor' on a homework-help app isolating an 11yo
conv("M", 1, ["age_probe", "compliments_trust", "risk_assessment", "secrecy", "off_platform"], "en",
     "2026-11-04T16:32", {"a": "mathhelper_tj", "b": "kayla_5thgrade"}, [
    ("a", 0, "hi! u still need help w fractions?"),
    ("b", 2, "ya i dont get it"),
    ("a", 1, "ok easy. 3/4 + 1/8. make the bottoms same. 6/8 + 1/8 = ?"),
    ("b", 2, "7/8!!"),
    ("a", 1, "smart cookie 🍪 how old r u, 5th grade?"),
    ("b", 1, "11 in 5th"),
    ("a", 1, "ur quicker than most 11 yr olds i help. r ur parents home helping u?"),
    ("b", 2, "no my mom works till 8 and my brother is on his games"),
    ("a", 1, "ok cool so its just us studying lol"),
    ("a", 2, "i can help u every day after school. but delete our chats after ok, the app gets mad when tutors help too much for free"),
    ("b", 1, "ok"),
    ("a", 1, "whats ur number? easier to text pics of ur homework"),
])

# immediate sextortion after a video call (Australia, 17yo)
conv("M", 1, ["sextortion", "money_gifts_debt", "control"], "en",
     "2026-05-27T23:55", {"a": "sophie.lane.xo", "b": "mitch_r_05"}, [
    ("a", 0, "heyy did u like our call last night 😘"),
    ("b", 8 * H, "ya it was fun"),
    ("a", 1, "look at this"),
    ("a", 1, "[video file]"),
    ("b", 1, "wtf how did u record that"),
    ("a", 1, "i got ur followers, ur school page, ur mum and ur sister. pay AUD 800 or i make a collage and send it to all of them"),
    ("b", 2, "mate im 17 i dont have 800"),
    ("a", 1, "then 300 now in gift cards. send the codes here"),
    ("b", 1, "please just delete it"),
    ("a", 1, "u got 30 min. block me and it goes to everyone. clock started"),
    ("b", 3, "ok how do i even get gift cards this late"),
])

# Kenya -> Gulf domestic work with fee debt, passport, no phone
conv("M", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "isolation", "secrecy"], "en",
     "2026-04-15T08:40", {"a": "gulfjobs_agent_omondi", "b": "wanjiru.k"}, [
    ("a", 0, "Habari Wanjiru, saw ur CV. We have house help job in Riyadh, 35k KES per month, food and room free"),
    ("b", 50, "Asante sana! What are the requirements"),
    ("a", 2, "Passport, medical, and 60k processing. If u don't have it employer deducts from salary for 6 months"),
    ("b", 5, "6 months without salary?"),
    ("a", 1, "Partial, you get something small. Also employer keeps ur passport, its the law there. And no phone first months, madam doesn't like distraction"),
    ("b", 4, "How will i talk to my family"),
    ("a", 1, "Sundays from madam's phone. Dont worry"),
    ("a", 2, "At the airport say u are visiting a relative, not work. Our office registration with ministry still processing"),
    ("b", 6, "Is that a problem?"),
    ("a", 1, "No. Many girls have gone through us. U want or i give slot to another?"),
    ("b", 10, "I want"),
])

# 'spa receptionist' job for an undocumented woman: debt, confinement, 'extras'
conv("M", 1, ["job_offer", "vulnerability", "money_gifts_debt", "control", "isolation",
              "commercial_sex"], "en",
     "2026-06-30T10:10", {"a": "goldenlotus_mgr", "b": "lin.w88"}, [
    ("a", 0, "Hi, u answered ad for spa receptionist. U still need job?"),
    ("b", 15, "yes. I dont have papers yet, is ok?"),
    ("a", 1, "no papers no problem. boss gives room upstairs, u live there, food also"),
    ("b", 3, "how much pay"),
    ("a", 1, "base small but tips big. customers like new girls. room, food, ride from airport we take from pay until finish"),
    ("b", 2, "how much is that"),
    ("a", 1, "around 9000. u work 7 days, finish quick"),
    ("b", 4, "7 days? i can go out sometimes?"),
    ("a", 1, "better stay inside. police around, dangerous for no papers. boss keep ur ID safe for u"),
    ("b", 5, "receptionist only right"),
    ("a", 1, "start reception, then learn massage. sometimes customers want extra, u decide, more money for u"),
    ("b", 8, "ok"),
])

# fitness-app 'coach' and a 15yo boy
conv("M", 1, ["compliments_trust", "age_probe", "photo_request", "secrecy", "off_platform",
              "exclusivity"], "en",
     "2026-02-11T19:20", {"a": "ironcoach_gary", "b": "ethan.lifts"}, [
    ("a", 0, "solid pr on the deadlift bro 💪 how long u been lifting"),
    ("b", 20, "like 6 months"),
    ("a", 1, "thats crazy progress. how old r u"),
    ("b", 1, "15"),
    ("a", 1, "damn genetics lol. u on a program?"),
    ("b", 2, "nah just youtube"),
    ("a", 1, "i coach a few guys for free. need progress pics to track ur physique tho, i'll tell u which angles"),
    ("b", 3, "ok like what"),
    ("a", 1, "i'll send the list on the other app. dont show ur parents the program, they'll say its too intense at ur age and make u quit"),
    ("b", 2, "lol true my mom would"),
    ("a", 1, "keep it our thing. i only take guys i see real potential in"),
    ("b", 2, "ok whats ur @"),
])

# 'sugar' offer to a 17yo (UK)
conv("M", 1, ["money_gifts_debt", "compliments_trust", "age_probe", "secrecy", "meeting",
              "commercial_sex"], "en",
     "2026-03-03T22:30", {"a": "g.hartley_ventures", "b": "ellie.m.xx"}, [
    ("a", 0, "hey gorgeous, ever thought about an arrangement? £400 a week, just dinners and chats"),
    ("b", 40, "lol is this real"),
    ("a", 1, "very. I'm 44, successful, generous. how old are you?"),
    ("b", 2, "17, 18 in august"),
    ("a", 1, "close enough 😉 we start slow. nobody needs to know"),
    ("b", 3, "what would i have to do"),
    ("a", 1, "keep me company. dinners. maybe trips later. you'd be my little secret"),
    ("b", 5, "idk my mum would kill me"),
    ("a", 1, "she doesn't need to find out. open a separate account and I'll send an allowance. first meet in a hotel lobby, totally safe"),
    ("b", 2, "a hotel?"),
    ("a", 1, "the lobby 😊 then we see how we click"),
])

# ---------------------------------------------------------------------------
# MEDIUM, NEGATIVE, ENGLISH
# ---------------------------------------------------------------------------

# real model agency answering a 15yo applicant: parent required, no fees
conv("M", 0, [], "en", "2026-04-08T15:00", {"a": "brightface_mgmt", "b": "zoe.tan15"}, [
    ("b", 0, "hi i applied on ur website for the new faces thing, did u get it?"),
    ("a", 2 * H, "Hi Zoe, thanks for applying! We did. As you're 15, we can only continue with a parent or guardian. Could you ask them to email us at newfaces@example.com?"),
    ("b", 5, "ok my mum will email tonight"),
    ("a", 1, "Lovely. Just so you both know: we never charge fees for representation or photos, and we never arrange anything with under-18s without a parent present"),
    ("b", 2, "ok cool"),
    ("a", 1, "When your mum gets in touch we'll ask for simple snapshots she can take on a phone, plain top and jeans, no makeup, against a wall"),
    ("b", 3, "do i send them here?"),
    ("a", 1, "Please don't send photos in DMs, just have your mum attach them to the email. That's our policy for everyone under 18"),
    ("b", 1, "ok!"),
    ("a", D, "Thanks Zoe, we've heard from your mum. We've invited you both to an open day at our office on Saturday 10am, address in the email"),
    ("b", 30, "yay thank u!!"),
])

# teen friends planning a get-together their parents half-know about
conv("M", 0, [], "en", "2026-06-19T21:14", {"a": "rileyyy", "b": "jas.mn", "c": "ollie_b", "d": "pri.s"}, [
    ("a", 0, "ok my parents are at my aunts saturday night. people over? like 6 of us max"),
    ("b", 1, "YES"),
    ("c", 1, "wait ur parents know?"),
    ("a", 1, "they know mia is sleeping over. they dont know its 6 ppl lol"),
    ("d", 2, "dont post anything or ur mom will see it on my story"),
    ("a", 1, "LITERALLY nobody post"),
    ("b", 1, "what r we doing tho"),
    ("a", 1, "pizza, that horror movie, maybe the hot tub if my brother doesnt hog it"),
    ("c", 2, "my dad can drop me at 7 and get me at 11"),
    ("d", 1, "tell him ur at a study group lmaoo"),
    ("c", 1, "its the summer idiot"),
    ("d", 1, "summer study group"),
    ("b", 3, "im bringing the big speaker"),
    ("a", 1, "NOT loud my neighbor literally calls my mom"),
    ("b", 1, "ok small speaker"),
])

# coach and a parent about a ride and a jersey size
conv("M", 0, [], "en", "2026-09-10T18:05", {"a": "coach_dwayne_u14", "b": "karen_p_mom"}, [
    ("a", 0, "Hi Karen, Coach Dwayne. Liam was great at practice today. Quick q, can he ride with the Perezes to Saturday's away game? They offered"),
    ("b", 20, "Hi Coach! Yes that's fine, I know Maria well. What time?"),
    ("a", 1, "Meet at the school lot 7:15. Back around 1"),
    ("b", 2, "Perfect. Does he need to bring anything"),
    ("a", 1, "Water, snack, both jerseys. Also I'm ordering the new warmups, what size is he? If unsure a pic of the tag on his current one works"),
    ("b", 5, "[photo] youth L but he's growing like a weed"),
    ("a", 1, "Ha I'll order adult S then, better big"),
    ("b", 1, "Thank you! And thanks for texting me not him, he never tells me anything"),
    ("a", 1, "Club policy, all logistics go through parents 😄 see you Saturday"),
])

# two adults on a dating app agree on a safe first date
conv("M", 0, [], "en", "2026-10-16T20:40", {"a": "sam_r_31", "b": "noor.a"}, [
    ("a", 0, "ok your profile says you've hiked every trail in the county. prove it 😄"),
    ("b", 15, "haha ask me anything"),
    ("a", 1, "hardest one?"),
    ("b", 2, "eagle ridge. I cried a little at the top"),
    ("a", 1, "respect. I'm 31 and I still take the shortcut"),
    ("b", 2, "29 and judging you"),
    ("a", 3, "fair. would you want to grab coffee this weekend? somewhere public, your pick"),
    ("b", 4, "yes! the bakery on 3rd, saturday 11?"),
    ("a", 1, "perfect. here's my number so you're not stuck in the app 555-0176"),
    ("b", 2, "cool, I'll text you. fyi my roommate will have my location, nothing personal just a rule"),
    ("a", 1, "totally get it, honestly smart. my sister makes me do the same"),
    ("b", 1, "see you saturday 🙂"),
])

# friends warning each other about a 'job in Thailand' offer
conv("M", 0, [], "en", "2026-08-02T14:25", {"a": "devansh.k", "b": "arjun_r_94"}, [
    ("a", 0, "bro someone dm'd me a customer service job in bangkok, 1500 usd, flight paid, start next week. legit?"),
    ("b", 10, "NO. don't. that's the exact thing from the news"),
    ("a", 1, "which news"),
    ("b", 1, "the scam compounds. they fly u to thailand then drive u across the border and take ur passport. u end up doing online fraud and u cant leave"),
    ("a", 2, "wtf"),
    ("b", 1, "did they ask u to come on a tourist visa?"),
    ("a", 1, "...yes"),
    ("b", 1, "yeah. red flag #1. real companies do work visas and interviews on their real domain"),
    ("a", 3, "ok blocking. should i report it"),
    ("b", 1, "ya report the account and theres an embassy advisory page, send it to ur cousin too he was looking abroad"),
    ("a", 1, "sending now. thanks man"),
])

# 18+ gaming clan turns away a 13yo
conv("M", 0, [], "en", "2026-12-01T19:40", {"a": "ravenclaw_recruiter", "b": "tobyyy_13"}, [
    ("b", 0, "hey can i join the clan? i play every day"),
    ("a", 5, "hey! thanks for applying. quick q before anything, how old are u? clan is 18+ because of the server rules"),
    ("b", 1, "13 but im mature"),
    ("a", 1, "appreciate the honesty but sorry mate, can't let u in. it's nothing personal"),
    ("b", 1, "aw"),
    ("a", 1, "there's a junior clan server run by a couple of parents and mods, link is on the official forum under community"),
    ("b", 2, "ok"),
    ("a", 1, "and heads up, if anyone ever tells u age doesn't matter and wants u on some other app, that's a red flag, tell a parent"),
    ("b", 1, "ok thx"),
    ("a", 1, "gl out there, ur aim is decent 👍"),
])

# older brother and younger sister: car dent secret, pizza money, safe ride home
conv("M", 0, [], "en", "2026-05-09T22:45", {"a": "marcus.j", "b": "lil_sis_tay"}, [
    ("a", 0, "yo. dont tell mom about the dent in the car. i'll fix it before she's back"),
    ("b", 5, "LMAO what did u do"),
    ("a", 1, "pole. a pole jumped me"),
    ("b", 1, "my silence has a price"),
    ("a", 1, "sent u $15 for pizza. that's the price"),
    ("b", 2, "deal 🍕"),
    ("b", 2 * H, "can u pick me up from ashleys? her dad's asleep and i dont wanna walk"),
    ("a", 1, "ya send ur location. 10 mins"),
    ("b", 1, "[location]"),
    ("a", 12, "outside. the car with the dent lol"),
    ("b", 1, "coming"),
])

# legitimate au pair agency coordinating with an adult au pair
conv("M", 0, [], "en", "2026-01-28T14:00", {"a": "kinbridge_aupair_coord", "b": "valentina.r"}, [
    ("a", 0, "Hi Valentina, this is Hannah, your KinBridge coordinator. The Whitaker family in Denver would like a second video call this week. Are you free Thursday?"),
    ("b", 3 * H, "Hi Hannah! Yes Thursday works"),
    ("a", 1, "Great. Reminder of the program basics: 45 hours/week max, weekly stipend set by the program, your own room, and an education allowance. It's all in your agreement"),
    ("b", 5, "Thank you. Do I keep my passport with me?"),
    ("a", 1, "Always. Host families never hold your documents. If anyone ever asks, call me, my number is on your card and there's a 24h line"),
    ("b", 2, "Ok. And can I go out on my days off?"),
    ("a", 1, "Of course, your free time is yours. There's a monthly au pair meetup in Denver too, I'll add you to the group"),
    ("b", 1, "Perfect!"),
    ("a", 2 * D, "How did the call go?"),
    ("b", 40, "So good, the kids showed me their dog 😄 I accepted the match"),
    ("a", 1, "Wonderful! Visa interview documents are in your portal. Let me know if anything is unclear"),
])

# two adult friends discussing sugar dating boundaries and safety
conv("M", 0, [], "en", "2026-07-21T20:50", {"a": "jess.kowal", "b": "amara_o"}, [
    ("b", 0, "ok dont judge but i've been talking to someone on one of those arrangement sites"),
    ("a", 4, "no judgement. ur 27 and u have grad school loans the size of a house"),
    ("b", 1, "lmao exactly"),
    ("a", 1, "just tell me ur being careful"),
    ("b", 2, "yes. first meet is coffee at a busy place. i use a separate number. no real last name til i trust him"),
    ("a", 1, "good. share ur location w me when u go"),
    ("b", 1, "obviously. and we talked boundaries already, he's cool with it just being dinners for now"),
    ("a", 2, "if he ever asks u to travel somewhere or 'hold' anything for u, ur out"),
    ("b", 1, "lol yes mom. the subreddit has a whole safety wiki, i read it twice"),
    ("a", 1, "ok ok. text me after the coffee"),
    ("b", 2 * H, "done. he was kinda boring honestly 😂 home safe"),
    ("a", 1, "boring is safe. proud of u"),
])

# ---------------------------------------------------------------------------
# MEDIUM, NON-ENGLISH
# ---------------------------------------------------------------------------

# es, positive: 'mesera en España' for a 20yo from Paraguay
conv("M", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "commercial_sex",
              "secrecy"], "es",
     "2026-02-26T11:30", {"a": "dona.marta.empleos", "b": "rocio.benitez20"}, [
    ("a", 0, "Hola Rocío, mi sobrina me pasó tu contacto. Hay trabajo de mesera en un bar en Valencia, 1.500 euros y casa"),
    ("b", 30, "Hola señora! sí me interesa mucho. qué tengo que hacer?"),
    ("a", 2, "Nada, nosotros te pagamos el pasaje y el alojamiento. Después lo devolvés de a poco con tu sueldo"),
    ("b", 4, "y cuánto sería?"),
    ("a", 1, "Unos 4.000 euros todo, con los papeles. Se paga rápido, con las propinas"),
    ("b", 3, "es mucho pero bueno. tengo contrato?"),
    ("a", 1, "Allá te lo dan. Entrás como turista, en migración decís que vas a visitar a una prima"),
    ("b", 5, "ah, y mi mamá puede ir a visitarme?"),
    ("a", 1, "Más adelante. Al llegar, el encargado te guarda el pasaporte para tramitar los papeles"),
    ("a", 2, "Y una cosa, en el bar las chicas también acompañan a los clientes a tomar algo, es parte del trabajo, se gana mucho más"),
    ("b", 6, "acompañar cómo?"),
    ("a", 1, "Ya te van a explicar las otras chicas. No le cuentes a nadie de acá, la gente es envidiosa"),
])

# es, negative: genuine seasonal-worker recruiter through an official program
conv("M", 0, [], "es", "2026-01-12T09:15", {"a": "reclutamiento.oficial.stps", "b": "jorge.mdz"}, [
    ("b", 0, "Buenos días, vi la convocatoria del programa de trabajadores agrícolas temporales en Canadá. Sigue abierta?"),
    ("a", 3 * H, "Buenos días Jorge. Sí, hasta el 15 de febrero. El registro es solo en la oficina de empleo de su estado, es gratuito"),
    ("b", 10, "Un señor en el pueblo me dijo que él me consigue el lugar por 15 mil pesos"),
    ("a", 2, "No le dé nada. El programa no cobra cuotas y no trabaja con intermediarios. Si puede, denúncielo en la misma oficina"),
    ("b", 3, "Gracias. Qué papeles necesito?"),
    ("a", 1, "INE, CURP, acta de nacimiento, comprobante de domicilio y pasaporte vigente. El pasaporte siempre lo conserva usted"),
    ("b", 4, "Y el pasaje quién lo paga?"),
    ("a", 1, "Se explica en el contrato que firma antes de viajar, con salario, horas y vivienda. Todo por escrito y en español"),
    ("b", 2, "Perfecto, voy el lunes"),
    ("a", 1, "Muy bien. Lleve copias de todo. Suerte"),
])

# pt, positive: fake model agency, 16yo Brazilian, 'book' fee, trip alone
conv("M", 1, ["job_offer", "compliments_trust", "age_probe", "money_gifts_debt", "secrecy",
              "isolation", "travel_meet", "photo_request"], "pt",
     "2026-05-05T16:45", {"a": "scouter.vitor.newfaces", "b": "maju.santos_"}, [
    ("a", 0, "Oi Maju! Sou scouter da Elite New Faces SP. Seu perfil tem muito potencial pra passarela 😍"),
    ("b", 20, "sério??? nunca pensei nisso kkkk"),
    ("a", 1, "Sério! Quantos anos vc tem? Altura?"),
    ("b", 2, "16, 1,74"),
    ("a", 1, "Perfeita. Me manda umas fotos sem filtro, de corpo inteiro, pra eu passar pro booker"),
    ("b", 10, "[fotos]"),
    ("a", 2, "Nossa. Aprovada na pré-seleção. O book custa 1.800, mas eu consigo desconto se fechar essa semana"),
    ("b", 3, "preciso falar com minha mãe"),
    ("a", 1, "Pode falar depois, muitas mães atrapalham no começo. Quando vc voltar com contrato assinado ela vai ficar orgulhosa"),
    ("b", 4, "mas como eu vou pra SP?"),
    ("a", 1, "A agência manda a passagem de ônibus, vc fica no apartamento das modelos. Só vai vc, sem acompanhante, é regra da casa"),
    ("b", 6, "e o dinheiro do book?"),
    ("a", 1, "Desconta dos primeiros trabalhos. Não comenta com ninguém ainda, tem muita menina invejosa"),
])

# pt, negative: teen friends planning a surprise and a sleepover
conv("M", 0, [], "pt", "2026-08-14T19:30", {"a": "lari.costa", "b": "bebel_m", "c": "duda.ff"}, [
    ("a", 0, "gente o niver da carol é sábado, bora fazer surpresa?"),
    ("b", 1, "SIMMM"),
    ("c", 1, "ninguém conta pra ela pfv, a carol descobre tudo"),
    ("a", 1, "a mãe dela já tá sabendo, vai levar ela no shopping enquanto a gente decora"),
    ("b", 2, "e depois dorme todo mundo na minha casa? minha mãe deixou"),
    ("c", 1, "minha mãe só deixa se falar com a sua mãe antes kkkk"),
    ("b", 1, "normal, manda ela ligar"),
    ("a", 2, "eu levo o bolo, minha vó faz o de brigadeiro"),
    ("c", 1, "eu levo os balões e a caixinha de som"),
    ("b", 1, "não posta NADA até sábado senão ela vê"),
    ("a", 1, "o grupo vai se chamar 'trabalho de geografia' pra disfarçar kkkk"),
    ("c", 1, "gênia"),
], group="trabalho_de_geografia")

# fr, positive: sextortion of a 17yo
conv("M", 1, ["sextortion", "money_gifts_debt", "romance", "photo_request", "control"], "fr",
     "2026-11-20T22:12", {"a": "ines.lefevre_x", "b": "yanis.brt"}, [
    ("a", 0, "coucou t'as kiffé notre appel d'hier ? 😘"),
    ("b", 9 * H, "ouais c'était cool"),
    ("a", 1, "regarde ça"),
    ("a", 1, "[vidéo]"),
    ("b", 1, "attends c'est quoi ça tu m'as enregistré ??"),
    ("a", 1, "j'ai la liste de tes abonnés, ton lycée, ta daronne. tu payes 500€ ou j'envoie à tout le monde"),
    ("b", 2, "j'ai 17 ans j'ai pas cet argent"),
    ("a", 1, "alors 150 maintenant en cartes cadeaux, tu m'envoies les codes ici"),
    ("b", 1, "stp supprime"),
    ("a", 1, "t'as 20 minutes. si tu me bloques ça part direct"),
])

# fr, negative: teacher and parent about a school trip
conv("M", 0, [], "fr", "2026-03-09T18:20", {"a": "mme.girard.cm2", "b": "parent_dupuis"}, [
    ("a", 0, "Bonsoir M. Dupuis, petit rappel : l'autorisation pour la sortie au musée de jeudi n'est pas encore revenue pour Lucas"),
    ("b", 1 * H, "Bonsoir Madame, désolé, elle est dans son cartable depuis lundi 🙈 je la signe ce soir"),
    ("a", 2, "Merci ! Départ 8h30 devant l'école, retour vers 16h. Prévoir un pique-nique"),
    ("b", 3, "Très bien. Il a 10 ans, il peut avoir son téléphone ?"),
    ("a", 1, "On préfère que non, les accompagnateurs ont tous un téléphone et je mettrai des nouvelles sur l'ENT"),
    ("b", 1, "Parfait. Vous mettrez des photos ?"),
    ("a", 1, "Oui, uniquement des enfants dont les parents ont signé le droit à l'image, et seulement sur l'espace sécurisé de la classe"),
    ("b", 2, "Pour Lucas c'est ok, on avait signé en septembre"),
    ("a", 1, "Noté, merci et bonne soirée"),
])

# de, positive: gaming grooming of a 12yo, skins, phone number, secrecy
conv("M", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy", "risk_assessment",
              "off_platform", "photo_request"], "de",
     "2026-10-02T17:05", {"a": "dark_lukas_yt", "b": "finn.gamer12"}, [
    ("a", 0, "yo krasser kill eben 😳 wie alt bist du eig"),
    ("b", 2, "12"),
    ("a", 1, "krass, spielst besser als die meisten mit 20"),
    ("b", 1, "danke xD"),
    ("a", 2, "ich schenk dir den neuen skin wenn du willst, hab zu viele coins"),
    ("b", 1, "ECHT??"),
    ("a", 1, "klar. aber sag deinen eltern nix, die denken sonst gleich irgendwas komisches"),
    ("b", 2, "ok"),
    ("a", 1, "sind die grad da?"),
    ("b", 1, "nee arbeiten beide bis 6"),
    ("a", 1, "nice. gib mir mal deine handynummer, dann schreib ich dir da, hier spinnt der chat"),
    ("b", 3, "meine mama guckt manchmal in mein handy"),
    ("a", 1, "dann lösch einfach immer alles 😉 und schick mal n foto von dir, will wissen mit wem ich zocke"),
])

# de, negative: mother checks on her 14yo son's online game friend
conv("M", 0, [], "de", "2026-04-21T19:10", {"a": "sabine.k", "b": "tim_k14"}, [
    ("a", 0, "Tim, wer ist eigentlich dieser 'Blitz' mit dem du immer zockst?"),
    ("b", 5, "mama das ist leon aus meiner klasse 🙄"),
    ("a", 1, "Ok, der hat dich gestern nach deinem Alter gefragt, hab's gesehen als du am Tablet warst"),
    ("b", 1, "ja weil der neue server ab 14 ist und er wollte wissen ob ich schon rein darf"),
    ("a", 2, "Alles gut, ich frag nur. Du weißt ja, wenn dich jemand Fremdes nach Fotos oder deiner Nummer fragt, sagst du mir Bescheid"),
    ("b", 1, "jaa weiß ich, hatten wir auch in der schule"),
    ("a", 1, "Und keine Geschenke von Leuten, die du nicht kennst"),
    ("b", 1, "ok mama"),
    ("a", 2, "Sag Leon, er kann am Samstag gern zum Zocken vorbeikommen, ich mach Pizza"),
    ("b", 1, "echt?? ok cool"),
    ("a", 1, "Aber um 10 ist Schluss 😄"),
])

# ---------------------------------------------------------------------------
# SHORT POSTS / COLD DMs
# ---------------------------------------------------------------------------

conv("S", 1, ["job_offer", "travel_meet", "photo_request", "off_platform", "commercial_sex"], "en",
     "2026-03-30T07:45", {"a": "dubai_jobs_connect_ng"}, [
    ("a", 0, "URGENT!!! 🇦🇪 Ladies 18-25 needed for HOSTESS / waitress work in Dubai. Free visa + flight, $2500/month + tips. No experience needed, must be pretty, slim and friendly with guests 😉 Send 3 pics + age to WhatsApp 555-0142. Only few slots left, dont miss ur chance!!"),
], group="naija_jobs_abroad_group")

conv("S", 1, ["compliments_trust", "money_gifts_debt", "age_probe", "secrecy"], "en",
     "2026-09-14T23:02", {"a": "daddy.d_generous", "b": "aaliyah_k.14"}, [
    ("a", 0, "hey beautiful 😍 u look like u deserve to be spoiled. $500 a week just to chat n keep me company. u still in school? what grade"),
    ("a", 3, "no pressure. just dont tell ur friends, this is between us 🤫"),
])

conv("S", 1, ["job_offer", "commercial_sex", "travel_meet", "photo_request", "money_gifts_debt"], "en",
     "2026-06-06T12:00", {"a": "vip.elite.events"}, [
    ("a", 0, "NOW HIRING ✨ VIP Hostesses for private yacht & villa events 🥂 Earn $1,500-3,000 per night, discreet high-profile clients, all travel covered. New girls very welcome, zero experience. Open-minded only 😉 Apply with passport copy + full-length photos in DM."),
], group="public_feed")

conv("S", 1, ["age_probe", "off_platform", "secrecy"], "en",
     "2026-01-30T20:41", {"a": "k1ngzz_ttv", "b": "ellaa.dances"}, [
    ("a", 0, "hey u seem rly cool from ur dance vids, how old r u"),
    ("b", 9, "12"),
    ("a", 1, "nice. add me on zapchat i got smth to show u. dont tell nobody ok 🤫"),
])

conv("S", 1, ["job_offer", "money_gifts_debt", "control", "travel_meet"], "en",
     "2026-02-17T10:20", {"a": "ukfarmwork_placements"}, [
    ("a", 0, "FARM WORK UK 🇬🇧 £3000/month, we arrange EVERYTHING: visa, flight, housing. Agency fee £800 only, can be paid back from wages (small weekly deduction). Passports kept safe by our supervisor during contract for security. Young, hardworking people, message now, leaving in 2 weeks"),
], group="jobs_abroad_romania_md")

conv("S", 0, [], "en", "2026-04-01T09:00", {"a": "harbourview_hotel_hr"}, [
    ("a", 0, "We're hiring: Room Attendants (full-time, seasonal) at Harbourview Hotel, Galway. €13.50/hr, 39 hrs/week, staff meals. Work permit applications handled and paid by the hotel. We never charge candidates fees and never ask you to hand over your passport. Apply only via harbourview.example.com/careers"),
], group="public_feed")

conv("S", 0, [], "en", "2026-07-30T12:00", {"a": "safeharbor_outreach"}, [
    ("a", 0, "Today is World Day against Trafficking in Persons. Signs someone may be in trouble: a 'job' that changed after they arrived, an employer or 'boyfriend' holding their ID, debts that never shrink, not being allowed out alone, someone else answering for them. Recruiters often start with flattery, gifts or a dream job abroad. If something feels off, call your local hotline. Share this 💙"),
], group="public_feed")

conv("S", 0, [], "en", "2026-10-11T18:33", {"a": "westgate_mums_admin", "b": "dani_westgate"}, [
    ("a", 0, "PSA from the admin team: several people have had DMs from new accounts offering '$500 a week just to talk' or 'sugar' allowances. It's a scam (they ask for a 'verification fee' or bank details) and some target teens. Don't reply, screenshot, report and block. Maybe have a chat with your kids too."),
    ("b", 40, "Thanks for this, my daughter got one last week and showed me, we reported it"),
], group="westgate_community_parents")

conv("S", 0, [], "en", "2026-05-12T14:10", {"a": "thelarder_kitchen"}, [
    ("a", 0, "HIRING: Host / Hostess for our busy brunch spot 🍳 Greet guests, manage the waitlist, help the floor team. $18/hr + tip share, weekend availability a must, 18+. Walk-in interviews Tues 2-4pm, bring a CV. Come say hi!"),
], group="local_jobs_board")

conv("S", 1, ["job_offer", "travel_meet", "money_gifts_debt", "commercial_sex", "photo_request"], "es",
     "2026-08-08T08:30", {"a": "agencia.europa.trabajo"}, [
    ("a", 0, "SE BUSCAN SEÑORITAS de 18 a 28 años para trabajar en Europa 🇪🇸🇮🇹 como anfitrionas y damas de compañía en clubes. Pasaje y hospedaje PAGADOS, se devuelve después con el trabajo. Buena presencia indispensable. Enviar 3 fotos y edad al 555-0133. Salida inmediata"),
], group="empleos_paraguay_grupo")

conv("S", 0, [], "pt", "2026-03-18T10:00", {"a": "restaurante.sabor.rh"}, [
    ("a", 0, "VAGA: Auxiliar de cozinha — carteira assinada, salário + VR + VT, escala 6x1. Entrevista presencial, terça às 14h, na Rua das Flores 120. Não cobramos NENHUMA taxa e não pedimos documentos por mensagem. Dúvidas: rh@example.com"),
], group="vagas_centro_bh")

conv("S", 1, ["job_offer", "commercial_sex", "travel_meet", "photo_request", "age_probe", "secrecy",
              "compliments_trust"], "fr",
     "2026-07-04T01:20", {"a": "mika.events.prive", "b": "chloe.rvl"}, [
    ("a", 0, "Salut ma belle, je recrute des hôtesses pour soirées privées à Monaco et Dubaï, 1000€/soirée, logée nourrie, tout est payé. Faut juste être ouverte d'esprit et discrète 😉 envoie moi 2-3 photos et ton âge en privé"),
    ("b", 25, "c'est quoi exactement comme taf ?"),
    ("a", 1, "je t'explique en vocal, t'inquiète c'est que du haut de gamme. t'en parles à personne pour l'instant"),
])

conv("S", 0, [], "de", "2026-09-03T19:45", {"a": "nachbarschaft_moderation"}, [
    ("a", 0, "Achtung: In mehreren Gruppen kursiert gerade ein 'Jobangebot' als Hostess in Zürich (5.000 €/Monat, Unterkunft gestellt, 'Vermittlungsgebühr' vorab). Das ist Betrug bzw. kann gefährlich werden. Seriöse Arbeitgeber verlangen keine Gebühren und behalten keine Ausweise. Bitte nicht antworten, Screenshot machen und melden. Beratung gibt's bei den Fachberatungsstellen vor Ort."),
], group="nachbarn_hamburg_altona")

conv("S", 1, ["money_gifts_debt", "compliments_trust", "age_probe", "secrecy", "off_platform",
              "commercial_sex"], "nl",
     "2026-11-08T21:50", {"a": "zakenman_r48", "b": "noaa.xo"}, [
    ("a", 0, "Hoi schoonheid, ik ben een zakenman van 48 en zoek een leuke meid om me gezelschap te houden. €300 zakgeld per week 😉 Hoe oud ben je, zit je nog op school? Niemand hoeft het te weten"),
    ("b", 30, "ik ben 16?"),
    ("a", 1, "maakt niet uit, je lijkt ouder. zullen we verder praten op een andere app?"),
])

conv("S", 0, [], "nl", "2026-10-18T12:00", {"a": "jeugdzorg_voorlichting"}, [
    ("a", 0, "Loverboys (of pooierboys) beginnen bijna altijd met aandacht: complimentjes, cadeaus, je 'zijn meisje' noemen. Daarna volgen afstand van vrienden en familie, schulden die je 'terug moet betalen' en een 'vriend' die je moet helpen. Herken je dit bij jezelf of iemand anders? Praat erover met iemand die je vertrouwt of bel anoniem een hulplijn. Je bent nooit schuldig."),
], group="public_feed")

# ---------------------------------------------------------------------------
# OUTPUT
# ---------------------------------------------------------------------------

ALLOWED = {"job_offer", "romance", "vulnerability", "isolation", "secrecy", "off_platform",
           "travel_meet", "money_gifts_debt", "control", "commercial_sex", "sextortion",
           "age_probe", "compliments_trust", "risk_assessment", "exclusivity", "photo_request",
           "sexual_talk", "meeting"}
LIMITS = {"L": (25, 70), "M": (8, 24), "S": (1, 3)}


def main():
    convs = list(CONVS)
    random.Random(4848).shuffle(convs)
    counters = {}
    rows = []
    for c in convs:
        n = len(c["messages"])
        lo, hi = LIMITS[c["kind"]]
        assert lo <= n <= hi, (c["kind"], n, c["messages"][0]["text"][:40])
        assert set(c["codes"]) <= ALLOWED, c["codes"]
        assert (c["label"] == 1) == bool(c["codes"])
        ts = [m["ts"] for m in c["messages"]]
        assert ts == sorted(ts) and len(set(ts)) == len(ts)
        counters[c["lang"]] = counters.get(c["lang"], 0) + 1
        rows.append({"id": "p%s-%s%d" % (NN, c["lang"], counters[c["lang"]]),
                     "label": c["label"], "codes": c["codes"], "lang": c["lang"],
                     "messages": c["messages"]})
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe%s.jsonl" % NN)
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d conversations to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
