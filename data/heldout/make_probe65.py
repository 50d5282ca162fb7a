#!/usr/bin/env python3
"""Deterministic builder for probe65.jsonl (synthetic, blind probe set).
Theme: long conversations with thin, spread-out risk cues vs. long benign
conversations touching the same topics. No randomness."""
import json, os
from datetime import datetime, timedelta

CONVS = []

def conv(cid, label, codes, lang, a, b, start, script):
    """script lines: 'A: text' / 'B: text'; '@D HH:MM' jumps D days ahead and sets clock."""
    t = datetime.strptime(start, "%Y-%m-%dT%H:%M")
    msgs = []
    i = 0
    for raw in script.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@"):
            d, hm = line[1:].split()
            hh, mm = map(int, hm.split(":"))
            nt = (t + timedelta(days=int(d))).replace(hour=hh, minute=mm, second=0)
            if nt <= t:
                nt = t + timedelta(minutes=6)
            t = nt
            continue
        who, text = line[0], line[2:].strip()
        t = t + timedelta(minutes=(i * 7) % 5 + 1, seconds=(i * 37) % 50 + 3)
        s, r = (a, b) if who == "A" else (b, a)
        msgs.append({"sender": s, "recipient": r,
                     "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
        i += 1
    CONVS.append({"id": "p65-" + cid, "label": label, "codes": codes,
                  "lang": lang, "messages": msgs})

def gconv(cid, label, codes, lang, group, people, start, script):
    """Group chat: people maps letters to names; recipient is the group name."""
    t = datetime.strptime(start, "%Y-%m-%dT%H:%M")
    msgs = []
    i = 0
    for raw in script.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@"):
            d, hm = line[1:].split()
            hh, mm = map(int, hm.split(":"))
            nt = (t + timedelta(days=int(d))).replace(hour=hh, minute=mm, second=0)
            if nt <= t:
                nt = t + timedelta(minutes=6)
            t = nt
            continue
        who, text = line[0], line[2:].strip()
        t = t + timedelta(minutes=(i * 7) % 5 + 1, seconds=(i * 37) % 50 + 3)
        msgs.append({"sender": people[who], "recipient": group,
                     "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
        i += 1
    CONVS.append({"id": "p65-" + cid, "label": label, "codes": codes,
                  "lang": lang, "messages": msgs})

# ---------------------------------------------------------------- en1 (long, pos)
conv("en1", 1, ["money_gifts_debt", "secrecy", "age_probe", "compliments_trust", "off_platform", "photo_request"],
     "en", "vyperr_77", "lil_jaybird09", "2026-01-06T16:40", """
A: gg that last round was insane
B: lol i almost died like 3 times
A: u carried tho fr
B: nah u had all the sniper shots
A: wanna run duos again tmrw
B: ya after school
@1 15:55
B: on?
A: ya joining now
A: bring the shield build
B: k
A: ur aim got way better since yesterday
B: been practicing lol
@0 17:20
B: gtg dinner
A: kk later
@2 19:02
A: yo u see the new season pass
B: ya its 950 gems i only have like 200
A: dang
B: my mom said no more gem cards this month
A: i got extra. ill gift u the pass
B: wait fr??
A: ya its nothing, ur my duo lol
B: omg thank u thank u
A: just dont mention to ur mom where it came from, parents get weird abt online gifts
B: lol ok
@1 16:10
B: got it!! the glider is so cool
A: told u. u look sick with it
B: lets run it
A: drop at the old mill
B: ok
@0 18:05
B: that was the best game ever
A: frr
@3 20:15
A: random q how old r u anyway, u sound young on vc lol
B: 12 lol. 13 in april
A: oh nice im 15. u seem way more mature than 12 tho
B: ha thx
A: the ppl at my school are so dumb compared to u
B: lol my class is dumb too
@2 18:30
B: my sister took the switch again ugh
A: siblings are the worst
B: she always wins cause shes older
A: u can vent to me anytime
A: u should get snap or smth, this game chat wipes after a while
B: i have it but my mom checks it
A: make a 2nd one lol everyone does
B: idk
A: no pressure. just easier to talk
@4 16:45
B: got a B on my science test
A: nice!! smart kid
B: lol not really
A: fr tho ur smarter than u think
B: wanna play tonight
A: ya 7?
B: ok
@0 21:10
A: ur seriously my fav person to play with
B: same lol
A: can u send a pic of u? just so i know who im talking to. just for me, dont post it
B: idk im kinda ugly in pics
A: no way. bet ur cute. ill send one too
B: maybe later
""")

# ---------------------------------------------------------------- en2 (long, pos)
conv("en2", 1, ["compliments_trust", "age_probe", "vulnerability", "money_gifts_debt", "secrecy", "travel_meet", "meeting"],
     "en", "marcus.inks", "pixie.draws", "2025-10-02T19:10", """
A: Really lovely linework on the fox piece. Who taught you shading like that?
B: omg thank you!! just youtube tbh
A: Self taught? Seriously impressive. I do illustration for a living, been at it 15 years
B: thats so cool what do you draw
A: Book covers mostly, some comics. Link's in my bio
B: wait you did the cover for the lantern series?? i love those
A: Guilty :) If you ever want feedback on anything, just DM
B: ok thank you!!
@3 20:30
B: hi sorry to bother you, could you look at this? the hands look weird
A: Not a bother at all. The wrist is a bit stiff, try drawing the forearm first then the hand
B: oh that makes sense
A: Also your palette is really mature. How old are you if you don't mind me asking?
B: 15, im in year 10
A: Blimey. My uni students don't have your eye, honestly
B: haha stop
@4 18:45
B: did the forearm thing, its so much better
A: See! Told you. Big improvement
B: my art teacher said it was good too
A: Your teacher's right for once lol
@2 21:05
B: bit of a rubbish day tbh
A: What happened?
B: my dad says art isnt a real job and i should do sciences for gcse
A: Ugh. Sounds like your parents don't really get what you're trying to do
B: they just want me to be a doctor or whatever
A: I had the exact same. Nobody at home understood me either. Glad you've got someone who does now
B: yeah
@3 19:20
A: What are you drawing on at the moment?
B: my mums old ipad, the pencil is broken so i use my finger
A: That won't do. I've got a spare tablet from a job, barely used. I'll post it to you
B: no way i cant take that
A: Course you can. Investment in a future colleague :)
B: thank you so much!!!
A: Maybe just tell your folks you won it in a contest or something. Easier than explaining
B: ok lol
@5 17:00
B: TABLET ARRIVED. its amazing
A: Send me your first piece on it
B: [image] its rough
A: Already better than half my portfolio lol
@2 20:40
A: Been thinking, I could give you proper lessons over video. Proper mentoring
B: that would be amazing
A: Best keep it between us though. Other artists would kill for free sessions from me and I don't want people thinking I play favourites
B: ok i wont say anything
@6 19:15
B: first lesson was so good thank you
A: You're a natural. Honestly you're special
B: :)
A: Are your parents around when we do these?
B: no they both work late on tuesdays
A: Tuesdays it is then
@4 21:30
A: I'm doing a signing at the comic con in Manchester next month
B: omg i wish i could go
A: You could. I'll sort the train ticket. Come on your own, parents would be bored stiff anyway
B: idk if my mum would let me
A: Tell her it's a school art trip. We'd have a proper day, just us, I'll take you round the studio after
B: ill think about it
""")

# ---------------------------------------------------------------- en3 (long, pos)
conv("en3", 1, ["off_platform", "secrecy", "compliments_trust", "isolation", "meeting", "exclusivity"],
     "en", "declan_yc", "aoife.kx", "2025-11-04T21:05", """
A: hey its Declan from the youth club, hope ya dont mind me adding ya
B: oh hey! no thats grand
A: ya were class at the table tennis tonight, you nearly beat Ciaran
B: haha he cheats
A: he does in fairness
@2 18:40
B: is the disco still on friday week?
A: it is yeah, 7 till 10
B: cool my friends are going
A: sound. ya need to bring the consent form back before it tho
B: ok
@3 20:10
A: how did the maths test go
B: how do u know about that lol
A: ya said it last night! ya were stressing
B: oh ya lol. it was grand i think
A: sure you'll have flown it
@1 22:15
A: btw dont mention to the other leaders i have ya on here. theyre fierce strict about that stuff, over the top really
B: oh ok
A: its only cause ya actually have sense. the rest of them are babies
B: lol true
@3 19:30
B: mam is giving out again
A: about what
B: everything. my room, my phone, my grades
A: ah she doesnt see how mature ya are. you're not like the other ones ya know that
B: tell her that lol
A: ya can always talk to me. im not like the other leaders
@4 17:50
B: can u save me a spot on the bus for the bowling trip
A: course. sit up the front with me
B: lol ok
@0 21:00
A: ya looked well tonight btw
B: ha thanks
@5 20:20
B: ugh mam cant collect me friday shes working
A: no bother ill drop ya home after club. no need to say it to her, ill have ya back before she is
B: are u sure
A: course. only ya tho, dont tell the others or theyll all want lifts
B: ok thanks declan
@2 18:05
B: the disco was deadly
A: it was! ya were the best dancer there
B: stoppp
A: honestly. hey, clear this chat now and again ya? the leaders go through phones sometimes
B: ok
@3 19:45
A: fancy going for chips saturday? just us, my treat
B: maybe, ill ask my friend if she can come
A: ah just you is better. she wouldnt get our jokes
B: lol ok maybe
""")

# ---------------------------------------------------------------- en4 (long, pos)
conv("en4", 1, ["money_gifts_debt", "secrecy", "vulnerability", "compliments_trust", "photo_request", "meeting", "exclusivity"],
     "en", "Rob_H", "mia.bee", "2025-12-10T17:30", """
A: hey mia its rob, your dads mate from the footy. got your number off him for the bbq thing
B: oh hi
A: can you tell ur mum we'll bring the pav on saturday
B: ok will do
@3 20:05
A: good arvo at the bbq today, you were a legend with the little ones
B: haha they were cute
A: you're a good kid. dad was a bit hard on you about the phone eh
B: he always is
A: yeah ive noticed. he doesnt give you much credit
B: not really
@2 16:20
B: thanks for the card!!
A: no worries. 13 is a big one. theres $50 credit on it, get yourself something
B: thats so nice thank you
A: just between us yeah? dad would reckon its too much and make a fuss
B: ok :)
@4 19:40
A: hows school going
B: its holidays lol
A: ha course it is. doing anything fun
B: nah just bored. everyones away
A: come round and use the pool whenever you want. shell be empty most arvos
B: maybe, if mum says
A: you dont need to ask her every time, youre old enough
@1 18:15
B: do you know when dads coming home hes not answering
A: hes at the pub with steve, hell be a while
B: ugh ok
A: you alright? sounded stressed
B: mum and dad were fighting again this morning
A: that's rough mate. you can always message me, im on your side
B: thanks rob
@3 21:10
A: saw you on the bike today, looking very grown up
B: lol it was my cousins bike
A: still. hows the new top you got with the card
B: its nice!
A: send us a pic of you in it, wanna see if it was worth it haha. just for me
B: lol its just a top
A: go on
B: maybe tmrw
@2 17:45
B: dad says were going to the coast for new years
A: nice one. youll have fun
A: ill miss our chats tho
B: haha ill still have my phone
A: good. youre the only one who actually talks to me properly
@5 19:20
A: happy new year kiddo
B: happy new year!!
A: pool's all yours when youre back. come on a weekday when the olds are at work, ill put lunch on
B: maybe
A: and delete these ay, dad reads your phone, dont want him getting the wrong idea about his best mate lol
B: ok
""")

# ---------------------------------------------------------------- en5 (long, pos) loverboy Nigeria
conv("en5", 1, ["romance", "compliments_trust", "exclusivity", "travel_meet", "job_offer", "money_gifts_debt", "control", "commercial_sex"],
     "en", "Tobi_Grand", "Adaeze_O", "2025-08-14T20:15", """
A: Good evening beautiful. I saw you at Chidi's birthday, you were the one in the green gele
B: lol who is this
A: Tobi. Chidi's cousin. I was too shy to greet you that day
B: oh ok. good evening
A: Hope you don't mind me texting. Your smile has been on my mind sha
B: lol you people and your sweet mouth
@1 19:40
A: How was your day?
B: stressful. my aunty shouted at me again
A: Sorry dear. Is it the same aunty you stay with?
B: yes. since my mum passed i have been with her
A: Eya. You don't deserve that. You deserve someone to take care of you
B: thank you
@2 21:05
A: I sent you small credit, buy data and call me
B: ah Tobi you didnt have to
A: Anything for you
@0 21:30
B: thank you again. it was nice talking
A: Your voice is sweet o
@4 20:00
A: Good morning my queen
B: lol its night
A: Every time is morning when I talk to you
B: you are too much
@3 18:25
B: my aunty says i should forget about school and start selling in the market
A: No way. You are too smart for that
A: Me I am doing well in Abuja now. Import business
B: nice
A: When things settle I want you to come and stay with me. Leave that aunty wahala
B: haha we will see
@5 22:10
A: I have told my brothers about you. You are my wife already in my mind
B: lol wife kwa?
A: I'm serious. I don't want you talking to those boys in your area
B: which boys
A: Just promise me I am the only one
B: you are the only one
@6 20:40
A: Baby I have a plan. My partner has business in Italy. Hotel work, good pay. Many girls from here are doing it
B: Italy? is it real?
A: Of course. I'll pay for everything first, the passport, the ticket. Then you pay back small small from your salary
B: how much is it
A: Don't worry about that now. You trust me abi?
B: i trust you
@2 19:15
B: my aunty must not know. she will stop me
A: Exactly. Tell nobody. People will spoil it with their jealousy
A: Madam Joy will meet you in Benin first, you'll stay with her some weeks
B: ok
@7 21:20
B: Tobi madam joy says i owe 3 million naira now?? you said small small
A: Baby calm down. It's just the cost of everything
B: but the hotel job is not even starting yet
A: There's a quicker way while you wait. Some of her friends want company in the evenings. Just one time to help us clear it
B: what do you mean company
A: Don't make this hard. Do what Madam says, it's for our future. Do you want to disappoint me after all I have done
""")

# ---------------------------------------------------------------- en6 (long, pos) loverboy UK
conv("en6", 1, ["romance", "age_probe", "money_gifts_debt", "isolation", "control", "commercial_sex", "exclusivity"],
     "en", "jayy.k", "ellie_rx", "2025-09-03T21:00", """
B: who is this
A: jay, we met outside the chicken shop innit. you had the pink jacket
B: oh lol hii
A: you got my head gone from that day ngl
B: lolll
A: how old are you anyway
B: 16 wbu
A: 22. age is just a number tho innit, you're mature
B: ha
@2 20:15
A: wyd
B: nothing just in my room. mum's boyfriend is here again
A: you don't like him?
B: he's a prick
A: come chill with me, i'll get you food
B: maybe tmrw
@1 18:30
A: that was a vibe today
B: yeah it was
A: you're different from other girls you know that
B: aww
@3 22:40
A: new airpods for my girl
B: WHAT. jay no
A: you deserve nice things
B: ur actually the best
@2 19:00
B: my mates are saying you're too old for me
A: they're jealous fam. they don't want you happy
A: do you even need them? you've got me
B: i guess
A: block chantelle tbh she's always chatting shit
B: ok
@4 23:10
B: mum kicked off cos i came back at 1
A: she don't care about you for real. you can crash at mine whenever
B: fr?
A: course. my flat is your flat
@5 20:20
A: you're still mine right
B: course
A: show me your snap map. i wanna know you're safe
B: ok
@6 21:30
A: babe i'm in a bit of a mess
B: what's wrong
A: owe some people money. serious people. 2 grand
B: omg are you ok
A: remember all the stuff i got you, the airpods, the trainers, the nandos. it adds up
B: i can give you my birthday money its like 80
A: it's not enough babe
@1 22:50
A: my mate dev says he'll wipe it if you keep him company one night
B: what do you mean keep him company
A: just be nice to him. one time. to help us. it's not a big deal
B: i don't want to
A: so you don't love me then. after everything
""")

# ---------------------------------------------------------------- en7 (long, pos) fake scout South Africa
conv("en7", 1, ["job_offer", "compliments_trust", "age_probe", "photo_request", "secrecy", "meeting", "travel_meet", "money_gifts_debt"],
     "en", "luxe.models.sa", "thandi.m_", "2026-02-02T11:20", """
A: Hi Thandi! Sipho here, talent scout with Luxe Model Management, Sandton. Came across your page, you have a really strong look
B: oh wow hi! is this real lol
A: Haha 100% real. We're looking for fresh faces for a sportswear campaign
B: thats so cool
A: Can I ask how tall you are?
B: 1.74
A: Perfect height for editorial. Have you modelled before?
B: no never, just a school fashion show
A: No problem, we actually prefer fresh faces
B: what would i have to do
A: Start with a few test shots, then a go-see with the client
B: ok cool
A: Keep your page public for now, the client might look
B: its mostly selfies with my friends lol
@1 10:05
A: Shared your pics with our booker, she loves you
B: no ways!!
A: Just a couple of questions for the file. How old are you?
B: 16, 17 in june
A: Great, we do a lot of youth campaigns. Do you live with your parents?
B: yes with my mom and gran in Soweto
@2 15:40
B: hi, should my mom come to talk to you?
A: Eventually yes, but honestly parents panic and slow things down at this stage. Let's get you through the selection first, then we bring her in with the contract
B: ok makes sense
@3 18:10
A: Thandi the client wants natural test shots before they shortlist
B: what kind of photos
A: No makeup, fitted clothes, swimwear if you have. Just so they see your shape and skin. Send to me here, don't post them
B: swimwear? i dont know
A: It's totally standard, every top model started this way
B: ill see
@1 12:30
B: i sent the normal ones yesterday
A: They're nice but client says too covered. You're so gorgeous, don't hide it
B: im a bit shy
A: That's why you need me. I'll guide you
@4 17:05
A: Good news!! You're on the shortlist
B: omg!!!
A: Final step is a test shoot at our studio in Midrand. Saturday 10am
B: my mom can take me
A: Rather come alone, it's a closed set. Moms make the girls nervous and the photographer hates it
B: how will i get there
A: I'll send an Uber for you. Just say you're going to a friend
@2 09:45
A: Also there's an R1500 portfolio fee but don't stress, the agency covers it and you pay back from your first booking
B: ok
A: Remember closed set, keep it to yourself until the contract is signed. Don't want other girls stealing your spot
""")

# ---------------------------------------------------------------- en8 (long, pos) fake scout India
conv("en8", 1, ["job_offer", "compliments_trust", "photo_request", "money_gifts_debt", "travel_meet", "secrecy", "isolation", "meeting"],
     "en", "castingcall_rohan", "priya.s_22", "2025-07-08T13:00", """
A: Hi Priya, Rohan here, casting associate for a web series being shot in Mumbai. Your reels are very expressive
B: Hi! thank you so much. Which series?
A: Can't disclose name yet, OTT platform, big production house. Lead's younger sister role
B: wow
A: You have done acting before?
B: Only college dramatics and some reels
A: Natural talent yaar. Camera loves you
B: Thank you sir, I really want to get into acting
A: Which city are you in?
B: Nashik
A: Good, not far from Mumbai
B: How long is the shoot?
A: Around 40 days, good remuneration. Details after selection
@1 11:30
A: Please share your height, age, languages
B: 5'4, 19, Hindi English Marathi
A: Perfect. Director will be very happy
@2 19:00
B: Sir is there an audition date?
A: First online screening. Send me some pics, full length, one saree one western
B: Ok will send tonight
@0 23:15
B: sent
A: Very nice. You are photogenic
@3 17:20
A: Director wants some bold look tests also, for the glamour song. Just short dress, nothing vulgar. It's only for internal
B: I am not comfortable with that sir
A: Arre it's industry standard. Every heroine started like this. Don't be small town
B: Let me think
@2 12:10
A: Priya good news, you are shortlisted for physical audition in Mumbai
B: Really!! my parents will be so happy
A: Don't tell them yet. Families always create drama about film line. First get selected, then tell
B: Hmm ok
A: Portfolio shoot is 25k. Production will adjust it from your payment later
B: 25000 is a lot for me
A: Pay 10k now, rest later. It's an investment in yourself
@4 20:05
B: I have arranged 10k from my savings
A: Good girl. Send on this UPI, my coordinator's account
B: ok
@1 18:30
A: Ticket is booked for Friday. I will pick you from Dadar station myself
B: Where will I stay?
A: Production flat in Andheri, you can stay with me there, more convenient for shoots
B: With you? I thought other girls would be there
A: Don't worry, I'll take care of you. And keep your phone off during shoot days, director is strict about distractions
B: ok sir
""")

# ---------------------------------------------------------------- en9 (long, pos) recruiter probing vulnerability US
conv("en9", 1, ["vulnerability", "age_probe", "compliments_trust", "isolation", "travel_meet", "money_gifts_debt", "off_platform", "control"],
     "en", "dre.vibes", "kaylaa_marie", "2025-05-12T22:40", """
A: ur tiktok about ur stepdad hit different ngl
B: lol ppl werent supposed to see that
A: nah its real. a lot of ppl go thru that
B: ya
A: u good tho?
B: idk. its whatever
@1 21:15
A: hows ur night
B: boring. grounded again
A: for what this time lol
B: breathing basically
A: lmaooo. ur parents dont get u fr
B: literally nobody does
A: i get it. i was the same at ur age. how old r u, 15?
B: 16
@2 23:05
A: u up
B: ya cant sleep
A: me neither. wanna talk
B: sure
A: whats ur dream, like if u could go anywhere
B: LA or atlanta. somewhere not here
A: atl is where im at lol
B: no wayyy
@3 20:30
B: my mom took my phone for 2 days thats why i didnt answer
A: see thats crazy. ur almost grown
A: download telegram, she wont know to check it
B: ok done
A: bet. talk here from now on
@4 22:50
A: u eat today?
B: kinda. just chips
A: damn. u deserve better than that house
B: ya
A: fr if u ever need to get out u can stay with me. got a big place, my homegirls stay here too
B: u serious?
A: dead serious. nobody gonna yell at u here
@2 21:40
B: my stepdad threw my stuff in the yard today
A: thats it. im buying u a bus ticket
B: omg
A: u dont gotta pay me back now, we'll figure it out when u here. my girls all work and help each other out
B: what kinda work
A: dont worry bout that yet. modeling, hosting parties, easy money. u got the look
@1 19:10
B: im scared tho
A: i got u. nobody gonna hurt u
A: just dont tell nobody where u going. not ur friends either, they'll snitch to ur mom
B: ok
A: leave ur phone at home too, they can track it. ill get u a new one
B: ok
@1 06:20
B: at the station
A: good girl. my homegirl tiff gonna pick u up when u get in. do what she says
""")

# ---------------------------------------------------------------- en10 (long, pos) gaming friend Australia
conv("en10", 1, ["compliments_trust", "money_gifts_debt", "age_probe", "off_platform", "secrecy", "photo_request"],
     "en", "Blockhead_Mod", "zac.builds", "2026-01-15T15:30", """
A: oi nice castle, did u build that solo
B: ya took me like 3 days
A: legit one of the best builds on the server
B: thx!!
A: im one of the mods, ill put it in the showcase
B: omg sick
@1 16:45
B: is the showcase up yet
A: yep check spawn
B: thats so cool my name is on it
A: you earned it
@2 17:10
B: someone griefed my farm
A: ugh ill roll it back
B: thank u
A: no worries, i look after the good builders
@3 18:20
A: want builder rank? means you can use worldedit
B: YES
A: done. dont tell the others i gave it to you early tho, theyll whinge
B: lol ok
@1 19:05
B: worldedit is so op
A: haha told ya
@2 20:30
A: how old r u btw? ur builds are crazy for a kid
B: 11, turning 12 in march
A: nice, im 14. ur heaps mature for 11
B: lol thanks
@3 16:00
B: my mum says i have to get off at 8 on school nights
A: harsh
B: ya
A: we should chat on discord, then u can msg me from ur phone in bed
B: i dont have discord
A: just make one, use a different email so ur mum doesnt get the notifications
B: ok ill try
@2 21:10
B: got it. zacbuilds11
A: added. this is better, server chat is laggy
B: ya
@4 20:50
A: hows school
B: boring. got in trouble for talking
A: lol rebel
B: haha
A: got u a nitro sub btw, check ur gifts
B: no way thank u!!
A: ur my fav on the server
@3 21:40
A: wanna vc with cams sometime? easier to show u builds
B: maybe, i share a room with my brother
A: do it when hes asleep lol. just us
B: maybe
A: or send a pic so i know ur actually zac and not some 40 yr old lol
B: lol ok one sec
A: and clear ur dms after ok. mods arent supposed to dm members
""")

# ---------------------------------------------------------------- en11 (long, pos) loverboy US
conv("en11", 1, ["romance", "compliments_trust", "travel_meet", "money_gifts_debt", "control", "commercial_sex", "isolation"],
     "en", "Marco_Dvs", "jess.alvarez", "2025-03-20T19:00", """
A: hey stranger. we matched like 3 days ago and ur still the prettiest on this app
B: haha hi. sorry been busy with work
A: where u work
B: waitressing at a diner in fresno. its exhausting
A: a queen like u shouldnt be on her feet all day
B: lol tell that to my manager
@1 20:30
A: how was ur shift
B: got stiffed by a table of 8
A: ugh people are trash
A: u deserve to be spoiled
B: u always say the right thing
@2 21:15
A: good morning gorgeous
B: its 9pm lol
A: its always morning when u text me
B: corny but cute
@3 18:00
A: facetime tonight?
B: yes!
@0 23:50
B: that was so fun
A: i could talk to u all night
@4 19:40
A: i told my mom about u
B: omg already?
A: im serious about u jess
B: i like u too
@3 20:10
B: my roommate is moving out and i cant afford rent alone
A: come stay with me in vegas. im serious
B: thats crazy lol
A: why. u hate ur job, ur roommate is leaving, nothing keeping u in fresno
B: my sister is here
A: she can visit. think about it
@2 22:00
B: ok im kinda thinking about it
A: yesss. ill send u the bus money
B: really?
A: we're a team now
@5 17:30
B: vegas is so pretty at night
A: told u. welcome home baby
@4 21:15
A: babe rent is crazy here, im behind
B: i can get a job at a diner
A: diners pay nothing. my cousin runs a club, u could host, easy money
B: hosting like greeting people?
A: kinda. sitting with guys, keeping them company, they tip big
B: idk marco
@2 23:20
A: i need u to help us. just one weekend. we'll be caught up
B: i dont feel right about this
A: after everything i did? the bus ticket, the place, the phone. u owe me a little trust
B: i know
A: and stop texting ur sister about our business. what happens in this house stays here
B: ok
""")

# ---------------------------------------------------------------- en12 (long, pos) "mentor" grooming India
conv("en12", 1, ["compliments_trust", "vulnerability", "secrecy", "exclusivity", "meeting", "isolation"],
     "en", "VikramSir_Physics", "ananya_k09", "2025-06-02T18:00", """
A: Hello Ananya, Vikram here from the Kinematics batch. Your doubt in today's live class was very good
B: Good evening sir, thank you
A: Most students don't think that deeply. You have potential for a top 500 rank
B: really sir? i find rotation very tough
A: Everyone does. Send me the problems you are stuck on
B: ok sir
@1 21:00
B: sir q 14 and 17 from DPP 6
A: For 14 take torque about the contact point, not the centre
B: oh ya now it is coming
A: Good. 17 try yourself first
@2 20:30
B: sir got 17 also
A: Excellent. You are quick
@3 22:10
B: sir test result came, 142/300
A: It's ok. What happened?
B: papa shouted a lot. he says i am wasting his money
A: Parents don't understand how much pressure you are under. They only see marks
B: yes
A: You can tell me anything. I am not just your teacher
B: thank you sir
@2 21:45
A: I can take extra sessions for you one to one, no charge
B: really sir? that would help so much
A: But don't mention to other students, everyone will ask and I can't do it for all. It's only because you are special
B: ok sir
@3 22:30
A: Good session today. You look tired though
B: studying till 1 every night
A: Take care of yourself. Eat properly
@4 20:15
B: sir electrostatics is going over my head
A: We'll cover it tomorrow. Same time, after 10 so your parents are asleep, less disturbance
B: ok sir
@2 23:05
A: Why so quiet today?
B: fight with mummy
A: You can always talk to me. I understand you better than they do
B: maybe
@3 19:40
B: sir mock test 3 went better, 188
A: See! I told you. My best student
B: because of you sir
A: Let's keep this between us only, our sessions. Your parents may think you are distracted by extra classes
B: ok
@4 21:20
A: Online is not enough for electrostatics. Come to my flat in Kota on Sunday, I'll explain on the board
B: my mother can drop me
A: No need for her to come, she'll just sit and distract. Take an auto, I'll pay. Tell her it's a group class
B: ok sir
A: And delete our chats from your phone, your father checks it no?
""")

# ---------------------------------------------------------------- en13 (long, pos) church volunteer grooming Nigeria
conv("en13", 1, ["compliments_trust", "money_gifts_debt", "secrecy", "age_probe", "photo_request", "meeting", "exclusivity"],
     "en", "Bro_Emeka", "chioma_xx", "2025-10-06T17:10", """
A: Good evening Chioma. It's Brother Emeka from the choir. Pastor gave me the list of new members
B: good evening sir
A: Don't call me sir o, Brother Emeka is fine. Rehearsal is Thursday 5pm
B: ok thank you
@3 19:30
A: You did well today. Your alto is very clear
B: thank you brother
A: Which class are you now?
B: JSS3. I am 14
A: Ah you sing like a grown woman
@2 18:00
B: brother please is the uniform 5000?
A: Yes for the robe
B: my mummy said she doesnt have money now
A: Don't worry, I'll pay for yours
B: ah thank you!!
A: No need to tell her I paid. Just say the church covered it
B: ok
@4 20:15
A: Did you get home safe?
B: yes
A: Good. Those okada men are not safe at night
@3 19:45
B: brother the new song is hard
A: Come early on Thursday, 4pm. I'll take you through the part alone before the others arrive
B: ok
@0 21:20
A: You learnt it fast today. You are my favourite in the alto section, don't tell the others
B: lol
@4 18:30
A: How is school?
B: fine. just my mummy is always tired from the shop
A: She works hard. You need someone to check on you
B: i am ok
A: I'll always check on you
@2 20:00
A: I bought you a small phone. Your own. So we can practise songs on WhatsApp
B: wow brother thank you!
A: Keep it in your bag. Your mummy will ask too many questions
B: ok
@3 21:40
A: Send me a picture of you in the new robe. Just for me
B: i will take it tomorrow
A: Not with the others. Only you
@4 19:10
A: Easter concert is coming. I'll need you for extra practice at my house on Saturday
B: is everybody coming?
A: Only you, it's for the solo. Don't tell your mummy it's at my house, tell her it's at church
B: ok
A: And delete our messages after reading. Church people like gossip
""")

# ================================================================ NEGATIVES (English, long)
# ---------------------------------------------------------------- en14 (long, neg) teen friends US
conv("en14", 0, ["age_probe", "secrecy", "photo_request", "off_platform"],
     "en", "mads.rivera", "ziggy_lou", "2025-09-08T16:05", """
A: hiii ur the new girl in 4th period right
B: ya lol hi
A: im maddie i sit behind u. where did u move from
B: ohio. columbus
A: ooh whys ur fam move here
B: my moms job
A: cool cool. how old r u, ur in 9th right?
B: ya 14 u?
A: 14 too! ok we're besties now thats the rule
B: lolll ok
@1 19:20
A: did u get the bio hw
B: the cell thing? ya its due thurs
A: ugh i hate mitochondria
B: powerhouse of the cell tho
A: LMAO
@2 21:00
B: what r u wearing to the homecoming game
A: idk!! maybe my jersey
B: i have nothing cute
A: send a pic of ur outfits and ill pick
B: ok one sec
B: [photo] [photo] [photo]
A: the 2nd one omg
B: ok 2nd it is
@3 22:15
A: ok dont tell my mom but i got a C on the bio quiz
B: lol how would i tell ur mom
A: she'll find a way. she knows everything
B: my mom is the same
@2 17:40
B: do u have insta? my mom finally let me
A: ya its mads.rivera!! follow me
B: done
A: followed back
@1 20:05
B: ok so whos the tall kid in spanish
A: DEREK?? no
B: i was just asking lol
A: he ate a bug in 6th grade for 5 dollars
B: ok never mind then
@4 18:30
A: my mom says u can sleep over saturday if ur mom says ok
B: omg yes ill ask
A: she said she'll text ur mom
B: ok my mom is like super strict about new houses so yeah good
@0 20:45
B: she said yes!!
A: YAY
@3 11:20
B: that was so fun. ur mom's pancakes >>>
A: lol i'll tell her
B: dont tell her i ate 6
A: too late i already did
@2 19:15
A: wanna do the project together? i'll do slides u do the poster
B: deal
A: we r going to get an A+++
@5 21:30
B: hey ru ok? u seemed sad at lunch
A: my parents are fighting a lot lately
B: im sorry. thats really hard
A: ya
B: do u want to talk about it or just watch dumb videos
A: dumb videos pls
B: sending u the goat one
A: lol thx. ur a good friend
B: ❤️
""")

# ---------------------------------------------------------------- en15 (long, neg) adult couple UK
conv("en15", 0, ["romance", "money_gifts_debt", "travel_meet", "meeting"],
     "en", "Sam", "Holly", "2025-11-17T07:45", """
A: morning gorgeous x
B: morning you. slept terribly without you hogging the duvet
A: haha charming
B: miss you already
A: 12 more days
B: stop counting it makes it worse
@0 12:30
A: the new project lead is driving me up the wall
B: what's he done now
A: rescheduled the same meeting 4 times
B: sounds like a cry for help
@1 19:10
B: did you eat something that wasn't toast
A: define toast
B: Sam
A: I had a jacket potato I promise
@2 21:00
A: facetime?
B: yes give me 5 mins, washing my face
@0 22:40
B: night love x
A: night x
@3 18:15
A: train tickets are daylight robbery
B: how much?
A: £96 return for the friday
B: let me pay half, I'm the one dragging you up to Newcastle
A: you don't have to
B: I want to. sending £48 now
A: you're the best
@1 20:00
B: mum's asking if you're vegetarian still
A: mostly. fish is fine
B: she's doing a whole thing. brace yourself
A: I'll bring wine, is that ok
B: perfect she'll love you
@4 17:30
A: can't focus at all. just want it to be friday
B: me too. I cleaned my flat for you, be honoured
A: I'm honoured
@1 21:50
B: is it weird that I'm nervous about you meeting my dad
A: not weird. I'm nervous too
B: he's a softie underneath
A: I'll just talk about the football
@2 16:05
A: on the train!! delayed 20 mins obviously
B: classic. I'll meet you at the station
A: by the coffee place?
B: yep x
@3 22:15
A: just got home. flat feels so empty
B: I know. I keep finding your socks
A: keep them as a hostage
B: deal
A: thank your mum again, she's lovely
B: she's already asking when you're coming back lol
A: christmas? I'll look at trains
B: I'll do half again
A: we're splitting everything forever then
B: sounds like a plan x
""")

# ---------------------------------------------------------------- en16 (long, neg) long-distance couple India
conv("en16", 0, ["romance", "travel_meet", "job_offer", "money_gifts_debt", "meeting"],
     "en", "Arjun", "Meera", "2025-04-03T22:30", """
A: Reached Bangalore safe. The PG is tiny but ok
B: Thank god. Did you eat?
A: Dosa from the corner shop, 40 rupees, unbelievable
B: Haha lucky
A: Missing you already
B: Same. Pune feels empty
@1 08:15
B: All the best for day 1!!
A: Thanks!! Wearing the shirt you picked
B: You'll look smart
@0 19:40
A: Office is nice. Team seems chill
B: And the manager?
A: Strict but fair I think
@3 21:10
B: Video call tonight?
A: After 10, have to finish onboarding modules
B: ok
@0 23:50
B: Good night. Sleep early for once
A: Yes madam
@4 20:20
A: Big news, my manager said there's an opening in our Pune office in 6 months
B: WHAT
A: I'll have to apply formally, but he said he'll recommend me
B: Arjun that would be amazing
A: Don't get too excited, HR process is long
@2 18:00
B: Amma asked about you again. She wants to do a proper meeting with your parents
A: My parents are ready. Papa already bought a new kurta lol
B: Hahaha
@3 21:30
A: Flights for Diwali are crazy. 9k one way
B: Take the train na
A: 18 hours!
B: I'll send you my podcast list
A: Fine. Booked the Udyan Express
@2 20:15
B: I'm transferring 3k for your ticket, don't argue
A: Meera no. I have salary now
B: It's my gift. You always pay when we go out
A: Okay. Thank you. Next dinner is on me
@5 22:40
B: Rough day
A: What happened?
B: Client screamed on a call. I cried in the washroom
A: Oh no. Do you want to talk or should I just distract you
B: Distract me
A: Did I tell you my flatmate tried to make biryani in a pressure cooker
B: NO
A: The ceiling has rice now
B: Hahaha ok I feel better
@3 19:30
A: Submitted the Pune transfer application!
B: Fingers crossed
A: Also told my parents. They're happy I'll be near you
B: Come home soon
A: 11 days for Diwali
B: Counting
A: Me too
""")

# ---------------------------------------------------------------- en17 (long, neg) coding mentor US, parent in loop
gconv("en17", 0, ["compliments_trust", "meeting", "money_gifts_debt"],
      "en", "CodeBridge Mentoring: Leo + Ms. Okafor", {"A": "Dana (CodeBridge mentor)", "B": "Leo", "C": "Ms. Okafor (parent)"},
      "2025-09-15T17:00", """
A: Hi Leo and Ms. Okafor! I'm Dana, Leo's mentor for the fall CodeBridge cohort. Per program rules all our messages stay in this group with a parent in it
C: Thank you Dana, nice to meet you
B: hi
A: Leo, your application game was really creative. The jumping physics were great
B: thanks lol it was kinda buggy
A: All games are buggy. Our sessions are Tuesdays 4:30 at the Eastside library, room B
C: I'll drop him off and pick him up
A: Perfect
@8 18:10
A: Great first session! Homework: add a score counter
B: ok
C: He talked about it all through dinner, thank you
@3 19:45
B: the score keeps going to NaN
A: Ha, classic. Check where you declare the variable, is it before the loop?
B: oh. it was inside
A: There you go
@4 16:20
A: Reminder: no session next week, library is closed for Columbus Day
C: Noted, thanks
@6 20:00
B: can we do a multiplayer thing
A: Love the ambition. Let's get single player solid first, then we'll try it
B: ok
@5 17:30
A: Ms. Okafor, quick admin thing: the program is lending Leo a laptop for the semester. I'll need a signed form from you
C: Oh that's wonderful. I'll sign it Tuesday
A: Great. It goes back in December, but he can keep his code
@2 19:10
B: the laptop is so fast
A: Told you. Don't install anything weird on it, it's the program's
B: lol ok
@7 18:30
A: Leo you're honestly one of the fastest learners in the cohort. Proud of you
B: :)
C: That means a lot to hear
@4 20:40
B: im stuck on collisions
A: Send me a screenshot of the function
B: [screenshot]
A: Your hitbox is the whole screen lol. Shrink width and height
B: omg
@5 16:50
A: Showcase is Dec 6 at the library, families welcome. Leo, you'll present for 3 minutes
B: 3 minutes is a lot
A: You'll be great. We'll practise
C: We'll all be there, his grandma too
@6 19:20
B: can i add my little sister as a character
A: That sounds adorable, go for it
C: She is very excited to be in a game
@9 21:00
A: Showcase was amazing. Leo, you crushed it
B: thank u!!
C: Thank you Dana for everything this semester
A: My pleasure. Laptop return is next Tuesday, and I'll send the spring signup link to this group
C: We'll sign up for sure
B: can u be my mentor again
A: If the schedule works, I'd love to
""")

# ---------------------------------------------------------------- en18 (long, neg) swim coach Australia with parent
gconv("en18", 0, ["photo_request", "secrecy", "meeting", "compliments_trust"],
      "en", "Squad 3 - Coach Bec & Ruby + Mum", {"A": "Coach Bec", "B": "Ruby", "C": "Karen (Ruby's mum)"},
      "2026-01-19T18:20", """
A: Hi Karen and Ruby, setting up this chat for carnival stuff, club policy is parents in all chats with swimmers
C: Thanks Bec, good idea
B: hi coach
A: Ruby, cracking 50 free tonight. 31.8!
B: omggg pb
C: She was buzzing in the car
@2 06:40
A: Reminder, Thursday morning session is 5:30 not 6
C: Ugh ok. Coffee for me then
B: noooo
@3 19:00
A: Karen, can you send me a pic of the regional entry form once it's signed? Just the form
C: Sure, sending now
C: [photo]
A: Got it, thanks
@4 17:45
B: coach my shoulder is a bit sore
A: Thanks for telling me. Ice tonight, and we'll swap fly for kick tomorrow
C: Should we see the physio?
A: If it's still sore by the weekend, yes. Dr Lim at the club is good
@2 20:30
A: Ok squad secret time. It's Jaz's 13th next week, we're doing a cake after training Wednesday. Don't tell her!
B: omg i wont
C: I can bake, what flavour does she like?
A: Chocolate, legend
@3 19:15
B: she had no idea!!
A: Her face was priceless
C: Pictures are in the club album
@5 18:00
A: Carnival seeding is out. Ruby's in lane 4 for the 100
B: LANE 4
A: You earned it
C: We'll leave early to get parking
@4 16:30
A: Karen, the club's running a fundraiser raffle, $2 a ticket. No pressure at all
C: Put us down for 10
A: Thanks heaps
@3 07:15
B: im so nervous
A: Nerves mean you care. Stick to your race plan, long strokes first 50
C: Proud of you already
@0 13:40
C: SHE WON HER HEAT
A: Saw it!! Unreal. Well done Ruby
B: i cant feel my arms lol
@0 19:30
A: Final results: Ruby 2nd in the 100 free, 1st in the relay. Best meet ever for her
C: Thanks for everything this season, Bec
A: Pleasure. Back to normal training next Monday, Ruby, rest those arms
B: ok coach. thank u
C: We'll see you Monday
""")

# ---------------------------------------------------------------- en19 (long, neg) cousins Nigeria, moving + lending
conv("en19", 0, ["travel_meet", "money_gifts_debt", "secrecy", "job_offer"],
     "en", "Kelechi", "Ngozi_A", "2025-08-25T19:00", """
B: Cuz!! Admission list is out. I got Unilag!!!
A: Ngozi!!! Congratulations o. I'm so proud of you
B: Mummy has been screaming since morning
A: As she should. Which course?
B: Mass Comm
A: Nice one. You'll be the next big anchor
@1 20:30
B: Please where's better to stay, hostel or off campus?
A: First year hostel. Later we'll see
B: Mummy is worried about Lagos
A: Tell her I'm in Yaba, 15 mins away. You can stay with me the first weekend till they allocate the hostel
B: Thank you!!
A: Your Aunty Ifeoma says you must come for Sunday rice every week lol
@3 18:15
B: Acceptance fee is 55k. Daddy has 40
A: I'll send the 15. Don't worry
B: I'll pay you back when I start my side hustle
A: Pay me back with good grades
@0 18:40
B: Received!! Thank you cuz
@4 21:00
A: Did you pack?
B: Half. I don't know what to bring
A: Bucket, extension box, mosquito net. Trust me
B: Lol ok
@5 16:20
B: On the bus! 9 hours, Jesus
A: Text me at every stop. I'll be at the park in Ojota
@0 23:10
B: I'm here. Where are you
A: Blue shirt near the gala seller. I see you
@3 19:30
B: Hostel allocated! Moremi hall
A: Moremi is fine. Your roommate?
B: 3 girls. One is from Enugu too
@6 22:00
B: Cuz don't tell Mummy but I spent my feeding money on a new phone case
A: Lmao Ngozi
B: It was 3k only
A: I won't tell. But don't do it again, Lagos will humble you
@4 18:10
B: Someone messaged me on IG saying they have a modelling job in Dubai for students
A: Block. Those ones are trouble. Real agencies don't DM you with Dubai
B: I thought so. Blocked
A: Good girl. Anything like that, ask me first
@5 20:45
B: I got a campus radio audition!
A: See! Anchor loading
B: It's Thursday
A: You'll kill it. Call me after
@3 21:15
B: I got it!!! Friday evening slot
A: Wonderful. I'm telling the whole family group
B: Noooo lol
A: Too late
""")

# ---------------------------------------------------------------- en20 (long, neg) guidance counsellor Ireland, proper boundaries
conv("en20", 0, ["vulnerability", "secrecy", "meeting"],
     "en", "Ms Brennan (Guidance)", "Sadhbh O.", "2025-10-13T09:15", """
A: Hi Sadhbh, it's Ms Brennan from Guidance. Your year head mentioned you'd been a bit down lately. Just checking in through the school portal
B: hi miss. im ok
A: That's good to hear. If you ever want a chat, my door is open Mon-Thu, 9 to 3:30. You can book through here
B: ok thanks
@2 10:20
B: miss can i come in at lunch today
A: Of course. Room 14, 1:10. I'll have the kettle on
B: ok
@0 14:05
A: Thanks for coming in today Sadhbh. That took courage
B: thanks for listening
A: Remember what we said: I keep what you tell me private, except if I'm worried about your safety. Then I'd have to involve someone, and I'd tell you first
B: ya i know
@3 09:40
A: Morning. Just a reminder of our Thursday slot, 11:20
B: ok
@0 12:15
B: miss is it ok if i dont go home to mam and dad talking about it yet
A: That's your call for now. I do think they'd want to help, though. We could plan how you'd tell them, when you're ready
B: maybe
@4 11:00
B: i didnt sleep much again
A: I'm sorry. Have you tried the wind-down routine we talked about?
B: sort of
A: Little steps. How's the eating?
B: bit better
@3 10:10
A: Hi Sadhbh, I'm not going to be in school Friday, I'm at a training day. Mr Kearney is covering guidance if you need someone
B: ok
A: And the number on the card I gave you, 555-0142, is the after-hours support line. They're lovely
B: thanks
@5 09:30
B: miss i told mam
A: Sadhbh, that's huge. How did it go?
B: she cried but it was ok. she wants to come in
A: I'd be glad to meet her. I'll ring the house to set up a time, is that alright?
B: ya
@2 15:40
A: Thanks for coming in with your mam today. She clearly loves you
B: ya
A: As we discussed, I'll send the GP referral letter home with her. The GP can link you with CAMHS if needed
B: ok
@6 09:50
B: i had a bad night miss
A: Thanks for telling me. Are you safe right now?
B: yes. im in school. just tired
A: Ok. Come to me at break, 10:45. If it's ever an emergency outside school hours, ring 999 or the support line, this portal isn't checked at night
B: ok
@0 11:30
A: Glad you came. I'm going to give your mam a quick ring this afternoon, like we agreed
B: ok
@7 13:20
B: the GP was nice. got an appointment with someone next week
A: That's really positive. I'm proud of you
B: thanks miss
A: Same time Thursday? We can keep going until you feel you don't need to
B: ya
@9 10:05
B: miss i think im a bit better
A: I can hear it. You've done the work yourself
B: can i still come in sometimes
A: Always. My door's open
""")

# ---------------------------------------------------------------- en21 (long, neg) friends' road trip South Africa, sharing costs
gconv("en21", 0, ["travel_meet", "money_gifts_debt", "secrecy"],
      "en", "Garden Route 🚗🌊", {"A": "Lerato", "B": "Jaco", "C": "Aisha", "D": "Thabo"},
      "2025-11-03T19:00", """
A: Ok people. December. Garden Route. Are we doing this or not
B: 100% ja
C: I'm in!! Need to check leave dates
D: I'm in if it's not crazy expensive
A: Let's budget. Car, petrol, Airbnb split 4 ways
@1 20:15
C: Leave approved 12-19 Dec!!
B: Lekker
D: Same dates work for me
A: Found an Airbnb in Wilderness, R2200 a night for 4, sea view
B: Eish ok that's R550 each a night
A: 4 nights, so R2200 each total
D: Fine
@2 18:30
B: My ou will lend us the Fortuner if we fill it and clean it
C: Jaco your dad is a legend
B: He said no sand in the car lol
D: There will be sand
@3 21:10
A: Booking the Airbnb now. Send me R1100 each as deposit, rest in December
C: Paid
B: Paid
D: Can I pay the 15th? Payday
A: No stress
@0 21:40
D: Thanks Lerato, sorry hey
A: Sho, it's fine
@6 19:00
C: Who's doing the Knysna heads hike
B: Me
D: Me but slowly
A: Also bungee at Bloukrans?
D: Absolutely not
C: Lol Thabo
@4 20:20
D: Paid the deposit!
A: Received, thanks
@3 18:45
C: Don't tell Jaco but we're doing a birthday braai for him on the 14th
A: Yesss
D: I'll get the boerewors
@0 18:50
C: Also no one post it on the group story, he watches everything
@5 17:30
B: Petrol estimate Joburg to Wilderness and back is about R4800
A: So R1200 each
B: I'll pay at the garage and you all EFT me
C: Sure
@6 22:00
D: Padkos list: biltong, chips, Romany creams
C: Naartjies
B: Coffee flask, we leave at 4am
D: 4AM
A: Traffic Thabo
@4 07:10
A: ON THE ROAD
C: Sunrise over the Karoo is unreal
D: I'm sleeping
@0 16:45
B: Arrived. The view is ridiculous
A: Worth every cent
@6 20:30
A: Final tally: everyone owes me R1100 for the rest of the Airbnb, Jaco R1200 for petrol
C: Sent both
D: Sent, thanks guys. Best trip ever
B: Same time next year
""")

# ---------------------------------------------------------------- en22 (long, neg) lending money between adult friends, Australia
conv("en22", 0, ["money_gifts_debt", "secrecy"],
     "en", "Jonno", "Brooke", "2025-06-09T18:30", """
A: hey brooke, awkward q, feel free to say no
B: uh oh. go
A: car's done a gearbox. $1400 and i'm short till fortnight after next
B: oh no. is that the ute?
A: yeah the old girl. i need her for work
B: how short are you
A: about $800
B: i can do that. i just got tax back
A: you legend. i'll pay it back in two goes, $400 each payday
B: no stress, just don't forget lol
A: i'll set a reminder
@0 18:55
B: sent $800
A: got it. seriously thank you
@1 12:10
A: mechanic says she'll be ready thursday
B: nice
@4 19:00
A: ute's back. purring like a kitten
B: haha glad
A: shouts you a beer friday
B: deal
@2 22:15
B: thanks for the beer. tell nobody i ate all the chips
A: your secret's safe
@5 17:20
A: payday! sent first $400
B: received ta
A: see, reliable
B: never doubted it
@3 20:40
B: how's mel going
A: better. new job started monday
B: oh great!
A: yeah much less stress
@6 18:10
B: random but do you still have the esky
A: yep. camping?
B: yeah grampians long weekend
A: grab it whenever, it's in the shed
B: thanks
@5 21:00
A: second $400 sent. we're square
B: got it! thanks mate
A: thank YOU. saved my bacon
B: what are friends for
A: if you ever need anything, just yell
B: i might need help moving in august lol
A: i've got a ute
B: that's why i lent you the money. long game
A: haha
@4 19:30
B: seriously though, thanks for being straight about it. some people get weird when they owe money
A: easier to just say it
B: yeah
A: see you saturday at trivia
B: we're winning this time
A: we say that every time
""")

# ---------------------------------------------------------------- en23 (long, neg) teen gamer mates UK
conv("en23", 0, ["age_probe", "off_platform", "money_gifts_debt", "secrecy", "photo_request"],
     "en", "r0ry_", "KRAKEN_kai", "2025-12-02T17:05", """
A: bro that clutch was filthy
B: 1v3 no big deal
A: shut up u were shaking
B: was not
A: ur mic picked it up
@1 16:40
B: on?
A: after tea
B: bet
@0 19:20
A: whos this random in our lobby
B: some kid from my school, harvey
A: hes actually decent
@2 18:10
A: hows old is harvey hes got a squeaky voice
B: lol 12 i think, year 8
A: and how old r u again i forgot
B: 13 u muppet same as u
A: oh ye
@3 20:45
B: got a discord yet
A: my mum finally said yes
B: add me KRAKENkai#2211
A: sent
B: accepted
@1 21:30
A: send a pic of ur setup
B: [photo] dont judge the cables
A: mate its a spaghetti factory
B: it works innit
@3 19:00
A: new season pass is out
B: i cant afford it till christmas
A: i got a voucher from my nan, ill gift u it for ur birthday
B: wait for real
A: yeah ur birthdays on the 14th innit
B: ur a real one
@4 16:30
B: thanks for the pass bro
A: happy birthday ya old man
B: 14 now, respect ur elders
@2 22:40
A: dont tell my mum im still up she thinks im asleep
B: how would i tell ur mum lol
A: u know her on facebook somehow
B: my mum added her
A: tragic
@3 17:15
B: harvey keeps asking to join everything
A: let him, hes alright
B: fine but hes on my team
@5 18:00
A: school trip to the science museum thurs
B: my class went last year, the flight sim is mint
A: bet
@2 21:10
B: someone in chat asked me for my snap and where i live, proper weird
A: block and report
B: did. told my dad as well
A: good shout
@4 19:45
A: merry christmas u nerd
B: merry christmas, got a new headset
A: finally no more static
B: squads at 8?
A: obviously
""")

# ---------------------------------------------------------------- en24 (long, neg) legitimate model agency US, parent in the loop
conv("en24", 0, ["job_offer", "photo_request", "meeting", "age_probe", "compliments_trust"],
     "en", "Harbor Model Management (New Faces)", "Denise Carter", "2026-02-09T10:00", """
A: Hello Mrs. Carter, this is Alana Price from the New Faces division at Harbor Model Management in Chicago. Thank you for submitting Maya's photos through our open call form
B: Hi Alana! Thanks for getting back to us
A: Maya has a lovely look. Before anything else, can you confirm her age and height?
B: She's 16, 5'9"
A: Thank you. Since she's a minor, everything goes through you as her guardian. We never contact minors directly
B: Good to know
A: We'd love to see simple digitals. Natural light, no makeup, fitted jeans and a plain tank top, front, side, back. Please take them yourself
B: Sure, I'll do them this weekend
@4 13:15
B: Digitals attached
A: Perfect, thank you. Our director would like to meet you both at our office. Open appointments are Wednesdays 3-5pm, 220 W Lake St, suite 4
B: We can do next Wednesday
A: Great. Please bring Maya's ID and her school schedule, we plan around school
@7 17:40
B: Thank you for today, Maya was so nervous but she loved it
A: She was wonderful. As promised, I'm emailing the contract so you can review it at home. Take your time and feel free to have a lawyer look at it
B: Is there any fee upfront?
A: No. Legitimate agencies don't charge to sign. If we arrange test shoots later, they're either paid by us or deducted from earnings, and it's all itemised
B: That's reassuring
A: One more thing: if anyone online ever asks Maya for swimwear photos "for a client", that is not how we work. Digitals like yours are all we need
B: Good to know, thank you
A: Any other questions, just message here or call the office at 555-0187
@3 11:00
B: Our lawyer had a couple questions about the commission
A: Of course. Standard is 20% on bookings. I'll send the breakdown
B: Thanks
@5 09:30
B: Signed copy attached
A: Welcome to Harbor! First step: a test shoot with one of our photographers, Saturday 10am at our studio
B: Can I stay with her?
A: Absolutely, parents are always welcome on set for minors. It's in our policy
@4 14:45
B: Test shots are beautiful. Thank you
A: They came out great. We'll build her book with these
@6 16:00
A: We have a possible booking: a catalogue shoot for a local department store, two hours, after school on a Thursday
B: She'd love that. What do we need to do?
A: Illinois requires a child performer work permit, I'll send the form. You'd accompany her
B: Ok, filling it out tonight
@5 10:20
B: Permit approved
A: Perfect timing. Call time 4pm, wardrobe provided. I'll be there too
B: See you then
@4 19:00
B: She had the best time, thank you for looking after her
A: She was a pro. Payment will arrive in 30 days, into the trust account set up in her name
B: Great
A: And please remind Maya: if anyone ever messages her claiming to be from us, it'll always come through you first. Scammers use our name sometimes
B: Will do, thank you
""")

# ---------------------------------------------------------------- en25 (long, neg) aunt and niece South Africa, "you can stay with me" with mom's OK
conv("en25", 0, ["vulnerability", "travel_meet", "secrecy", "money_gifts_debt"],
     "en", "Aunty Zanele", "Nomsa", "2025-07-01T18:00", """
B: Aunty can I phone you later
A: Of course sisi. After 7?
B: ok
@0 20:10
A: Thanks for calling my baby. I know it's hard at home with the baby crying all night
B: ya i cant study at all
A: And mama is so tired, she's not cross with you, she's just exhausted
B: i know
@2 17:30
A: I spoke to your mama. You can stay with me the weekends until exams are done. Quiet house, just me and the cat
B: really?? she said yes?
A: She said yes. She thinks it's a good idea. I'll fetch you Friday after school
B: thank you aunty
@3 15:45
A: Outside in the silver Polo
B: coming
@0 21:00
B: i did 4 hours of maths. first time this month
A: Proud of you! Go sleep now
@2 19:20
A: Home safe? Tell mama I sent the leftover lasagne for her
B: she says thank you and she loves you
@4 18:00
B: aunty dont tell mama but i failed the life sciences test
A: Hmm. I won't tell her tonight but you must tell her yourself this week. Deal?
B: deal
A: And we'll do life sciences together on Saturday
@1 20:30
B: i told her. she wasnt even that cross
A: See. She's on your side
@3 17:50
A: Sending you R150 airtime and data for the online classes
B: thank you aunty!!
A: Not for TikTok ne
B: lol
@2 16:15
A: Fetching you at 4 today. Bring your past papers
B: ok. can we get kota
A: After 2 hours of work, yes
@0 22:10
B: that kota was worth it
A: Everything is worth it after maths
@5 19:00
B: mama says the baby is sleeping better now
A: Good! Then maybe you can try studying at home this week?
B: maybe. but can i still come saturday
A: Always. Your room is your room
@4 18:20
B: first exam tomorrow
A: You are ready. Sleep early, eat breakfast
B: i will
@0 21:30
A: Your mama and I are both praying for you
B: thank you
@8 14:30
B: aunty exams are done!!
A: Halala! How do you feel?
B: tired but good. i think maths went well
A: Let's celebrate. Mama, the baby, everyone, Sunday lunch at mine
B: yay
A: I'll tell mama to bring her chakalaka
B: and i'll bring the cat treats
""")

# ================================================================ ENGLISH MEDIUM (20-39)
# ---------------------------------------------------------------- en26 (medium, pos) gaming groom UK
conv("en26", 1, ["age_probe", "money_gifts_debt", "off_platform", "secrecy", "compliments_trust"],
     "en", "ghostt_fc", "alfie.plays", "2025-10-20T18:00", """
A: gd game m8 ur keeper is cracked
B: cheers lol
A: add me for more, u need a decent midfielder
B: go on then
@2 19:10
A: u on
B: yh
A: 3 wins in a row, we're a proper team
B: ez
@3 20:30
A: how old r u btw? ur voice is a bit high lol no offence
B: 12
A: ah sound, im 14. ur better than most of my mates tho
B: lol thx
@2 17:50
B: wish i had the new kit
A: i'll send u some points for it
B: no way really??
A: yeah course, dont tell ur parents tho, my mum went mental when she found out i gift stuff
B: ok
@4 21:00
A: u got whatsapp? ingame chat is rubbish
B: my mum doesnt let me have it
A: just use a different number app, loads of ppl do
B: idk how
A: i'll send u the link, its easy
@1 19:40
A: ur the only one i actually like playing with
B: same tbh
A: keep this chat to urself ye, other lads would get jealous
B: ye ok
""")

# ---------------------------------------------------------------- en27 (medium, pos) loverboy South Africa
conv("en27", 1, ["romance", "travel_meet", "job_offer", "money_gifts_debt", "control", "isolation"],
     "en", "Lwazi_K", "Palesa", "2025-06-05T20:00", """
A: Hey beautiful, it's Lwazi from the taxi rank 😊
B: Haha hi. you actually texted
A: I told you I would. How was your day?
B: Long. my gran is sick so i'm doing everything
A: You're a strong woman. You deserve someone who looks after you for a change
@3 21:15
A: Sent you R200 for airtime
B: Lwazi you didnt have to
A: I like spoiling you
@4 19:30
A: I'm telling you Palesa, come to Joburg. There's nothing for you in this town
B: And my gran?
A: Your cousins can help her. You're wasting your life
B: maybe
@5 20:45
A: My friend owns a salon in Hillbrow, she needs a receptionist. R6000 a month
B: serious?
A: I'll pay your bus and you stay with me until you get your own place
B: ok... i'll think about it
@7 18:20
B: I'm here!! Park Station is crazy
A: I'm by the entrance, white Golf
@6 22:30
B: when does the salon job start? it's been a week
A: She's renovating, be patient
B: i need money to send home for gran
A: Everything costs money here babe. The bus, the rent, the food. You owe me about R4000 already
B: i didnt know it was like that
A: Relax. My friend's having guests this weekend, you'll be a hostess, just one time. It'll cover it
B: what kind of hostess
A: Stop asking so many questions. And give me your phone, you're always on it with your cousins
""")

# ---------------------------------------------------------------- en28 (medium, pos) fake scout Australia
conv("en28", 1, ["job_offer", "compliments_trust", "age_probe", "photo_request", "secrecy", "meeting"],
     "en", "scout.nova.mgmt", "chloe_t.x", "2025-11-11T15:00", """
A: Hey Chloe! I scout for Nova Management in Brisbane. Your look is super editorial, has anyone signed you?
B: omg no! hi
A: Crazy. How old are you lovely?
B: 15
A: Perfect age to start, most top models start at 14-15
B: thats so cool
@1 16:30
A: To put you forward I need a few test shots
B: ok what kind
A: Natural light, no makeup, something fitted so they see your figure. Bikini is standard for the swim clients
B: um ok
@2 19:00
B: here are some
A: Gorgeous but a bit covered up. Can you do a couple more, more relaxed, like you're at the beach? Just for me to pass on
B: i feel kinda awkward
A: Totally normal at first. Trust me, you've got something special
@2 17:20
B: should my mum talk to you
A: Later, when we do contracts. Mums get nervous and it makes you look less professional to the bookers. Keep it quiet for now
B: ok
@3 18:45
A: Good news, the client wants to meet! Saturday at a studio in Fortitude Valley
B: omg
A: Come on your own, it's a closed casting. I'll grab you from the train station
B: ok cool
""")

# ---------------------------------------------------------------- en29 (medium, pos) recruiter probing vulnerability Ireland
conv("en29", 1, ["vulnerability", "compliments_trust", "isolation", "travel_meet", "money_gifts_debt", "secrecy"],
     "en", "shane.dub_", "niamh_xo07", "2025-04-02T22:00", """
A: saw ur post about ur da, fair play for sayin it out loud
B: lol its just a post
A: nah its brave. ya alright?
B: ya. just sick of being in the house
@1 23:15
A: wat age are ya
B: 15
A: ah ya seem way older
B: people say that
@2 21:30
B: da took my phone for a week thats why i was gone
A: thats mad. ur parents dont get ya at all do they
B: no
A: i get ya tho
@3 22:45
A: im in dublin city, got a gaff with a few mates, all sound
B: nice
A: if it ever gets too much ya can stay with me. no one would be on at ya
B: for real?
A: course. ill even send ya the train fare
@2 20:00
B: my friends say i shouldnt be talkin to ya
A: theyre jealous. theyve never been there for ya like i have
B: true
A: dont say anythin to them about the train, theyll go straight to ur mam
B: ok
A: ill have a new phone for ya when ya get here, leave the old one at home
""")

# ---------------------------------------------------------------- en30 (medium, pos) family friend US
conv("en30", 1, ["money_gifts_debt", "secrecy", "compliments_trust", "photo_request", "meeting"],
     "en", "Uncle Gary", "tyler.j", "2025-07-14T17:00", """
A: hey bud, it's gary. your mom said you're into fishing now
B: ya a little
A: I've got a boat up at the lake, you should come out sometime
B: cool
@3 19:20
A: how'd the baseball game go
B: we lost 6-2
A: you'll get em next time. you're the best hitter on that team, I've seen it
B: thanks
@4 18:30
A: got you a new rod, it's in my truck
B: whoa thanks!
A: don't make a big deal about it with your mom, she'll say I'm spoiling you lol
B: ok
@5 20:10
A: your dad still working nights?
B: ya
A: must be lonely. you can always text me
@3 21:00
A: send me a pic of you with the rod, wanna see it in action
B: [photo]
A: looking like a real outdoorsman. you're growing up fast
@2 18:45
A: lake this saturday? just you and me, it'll be our thing
B: can my friend jake come
A: nah boat's too small. and keep it between us, your mom worries too much
B: ok
""")

# ---------------------------------------------------------------- en31 (medium, pos) "scholarship mentor" Nigeria
conv("en31", 1, ["job_offer", "compliments_trust", "age_probe", "secrecy", "meeting", "money_gifts_debt"],
     "en", "Dr_Femi_Mentorship", "Blessing_Ade", "2025-09-01T10:00", """
A: Good morning Blessing. I am Dr Femi, I coordinate a foreign scholarship mentorship programme. Your WAEC result was shared with us by your school
B: good morning sir. thank you
A: Your English and Maths are very strong. How old are you now?
B: 16 sir
A: Very good. Young and brilliant
@2 16:30
B: sir what do i need to do for the scholarship
A: Personal essay first. I will guide you step by step
B: thank you sir
@3 20:00
B: i have sent the essay
A: Excellent writing. You remind me of my best mentees
@4 19:15
A: Next stage is an interview. I will conduct it myself
B: where sir
A: I am in Ibadan for a conference. Hotel Royal Palms, Saturday. Come alone, parents make candidates nervous
B: my mummy wants to come
A: Then the slot will go to another girl. Many are waiting. Keep this programme confidential for now, it's a competitive list
B: ok sir
@2 21:00
A: I will send transport money. Wear something nice
B: thank you sir
A: And after the interview we will have dinner in my room to discuss your future
B: ok sir
A: Blessing, delete these messages. Other parents may complain their children were not chosen
""")

# ---------------------------------------------------------------- en32 (medium, pos) NGO volunteer grooming India
conv("en32", 1, ["compliments_trust", "money_gifts_debt", "secrecy", "off_platform", "meeting", "isolation"],
     "en", "Karan_Volunteer", "riya_2010", "2025-12-01T18:00", """
A: Hi Riya, Karan bhaiya from the Sunday learning centre. Great job on the English reading today
B: thank you bhaiya
A: You are the brightest in the batch, seriously
B: 😊
@3 19:30
B: bhaiya i cant come this sunday, papa says i have to help at the stall
A: Arre that's sad. Your studies are more important
B: he doesn't think so
A: Some parents don't understand. But I understand
B: didi at the centre said the same
A: Didi is nice but she doesn't know you like I do
@4 20:10
A: I recharged your number with 299 plan so you can do the online worksheets
B: thank you so much!!
A: Don't tell the other volunteers ok? They'll say I'm taking sides
B: ok
@2 21:40
A: Make an account on Snapchat, better than WhatsApp for sending worksheets
B: ok i made
A: Added you. Don't add anyone else from the centre
@5 18:20
A: I can give you special tuition on Saturday at my room near the centre. No other kids, so we can focus
B: should i tell papa
A: No need, he'll just make you work at the stall. Say it's centre activity
B: ok bhaiya
""")

# ---------------------------------------------------------------- en33 (medium, neg) adult couple Ireland
conv("en33", 0, ["romance", "meeting", "secrecy", "money_gifts_debt"],
     "en", "Cian", "Orla", "2026-02-03T08:10", """
A: morning love, there's coffee in the pot
B: you're an angel. how are you up so early
A: early shift, don't remind me
@0 13:00
B: lunch? I'm near the Spire
A: can't, stuck in a meeting till 2. tomorrow?
B: deal
@1 18:45
A: don't tell my sister but I got her the concert tickets for her birthday
B: she's going to lose it
A: €140 for the two, went halves with Ronan
@2 21:00
B: miss you. this conference in Galway is dragging
A: only 2 more nights
B: send me a pic of the dog, I need serotonin
A: [photo]
B: look at his little face
@1 22:30
A: house is too quiet without you
B: I'll be back thursday, get the good pizza in
A: already ordered the dough
@2 19:40
B: on the train, 7:50 into Heuston
A: I'll be there with the dog
B: best welcome committee
@0 20:10
B: there you are 😍
A: see you in 2 mins
""")

# ---------------------------------------------------------------- en34 (medium, neg) teen friends Australia, sleepover
conv("en34", 0, ["secrecy", "photo_request", "age_probe", "meeting"],
     "en", "jess_w", "tahlia_b", "2025-03-07T16:00", """
A: r u coming to the sleepover tmrw
B: yess mum said yes
A: YAY
B: what do i bring
A: pillow, snacks, ur face
@0 19:30
B: send a pic of ur pjs so we match lol
A: [photo]
B: omg i have the same ones in blue
@0 20:10
A: dont tell my mum we're planning to stay up till 3
B: lol she'll know
A: she always knows
@1 21:45
B: wait how old is ur cousin thats coming
A: 12, shes nice tho
B: ok cool
@2 11:00
B: that was the best sleepover ever
A: ur mum's pancakes tho
B: wait it was ur mum's pancakes
A: lol ye i'm tired
@0 11:20
B: did ur mum find out about the 3am thing
A: she heard us laughing at like 2
B: dead
A: she wasnt even mad she just said go to sleep
""")

# ---------------------------------------------------------------- en35 (medium, neg) legitimate recruiter India
conv("en35", 0, ["job_offer", "travel_meet", "meeting", "money_gifts_debt"],
     "en", "Sneha (TalentAcq, Northwind Analytics)", "Rahul Verma", "2025-05-19T11:00", """
A: Hi Rahul, this is Sneha from the talent acquisition team at Northwind Analytics. Your profile on the job portal matches our Data Analyst opening in Hyderabad
B: Hi Sneha, thanks for reaching out. Could you share the JD?
A: Sure, emailing it from my company ID now. CTC range 8-10 LPA
B: Received, looks interesting
A: Process: online test, two technical rounds, HR round. No fees at any stage, please be aware of fake offers using our name
B: Good to know, thanks
@2 14:30
A: Test link sent. 90 mins, valid for 48 hours
B: Done
@3 12:15
A: You cleared the test. Technical round 1 on Thursday, 3pm, video call
B: Confirmed
@0 12:40
B: Is it camera on? Any specific tools I should have ready?
A: Camera on, and keep SQL and Python ready. They'll share a small dataset
B: Perfect, thanks
@5 17:00
A: Great feedback from both panels. Final round is in person at our Hitech City office. We'll reimburse your train fare with receipts
B: Thank you. Can I bring my documents for verification then?
A: Yes, originals plus one photocopy set
@6 18:40
A: Congratulations Rahul! Offer letter is in your inbox. Joining date 1 July, relocation allowance of 25k included
B: Thank you so much! I'll review and revert by Friday
A: Take your time. Happy to connect you with someone on the team for questions about the city
B: That would be really helpful
""")

# ---------------------------------------------------------------- en36 (medium, neg) football coach UK with parent group
gconv("en36", 0, ["compliments_trust", "meeting", "photo_request"],
      "en", "U13 Lions - Coach & Parents", {"A": "Coach Dave", "B": "Sue (Ollie's mum)", "C": "Mark (Ethan's dad)", "D": "Priya (Sam's mum)"},
      "2025-09-06T18:00", """
A: Evening all. Training moves to Thursday 6pm this week, pitch 3 at the leisure centre
B: Thanks Dave
C: 👍
@2 20:30
A: Great effort Saturday. Ollie's positioning at the back was brilliant, please tell him
B: He'll be made up, thank you
D: Sam hasn't stopped talking about his assist
@3 19:10
A: Could a parent snap a photo of the fixtures list on the clubhouse board? I left my copy
C: [photo]
A: Legend, cheers Mark
@2 17:45
A: Away game Sunday at Oakfield, kick off 10. Lifts needed. I can't take any players in my car, club safeguarding policy
D: I can take 3
B: I can take Ollie and one more
C: Ethan's coming with me
@1 21:00
A: Subs are £25 for the term, bank details on the club site or cash at training
D: Paid online
@4 18:20
A: Reminder for all the boys: shin pads or they don't play. Ref was strict last week
B: Ollie lost his again 🙄 buying new ones
@2 20:10
A: Brilliant result, 3-1! Player of the match Ethan
C: He's over the moon
D: Well done lads
A: Team photo's on the club page. If anyone doesn't want their child in photos, message me and I'll take it down
B: All fine with us
""")

# ---------------------------------------------------------------- en37 (medium, neg) friends lending money, Nigeria
conv("en37", 0, ["money_gifts_debt", "secrecy", "travel_meet"],
     "en", "Tunde", "Seyi", "2025-11-20T19:00", """
A: Seyi how far
B: I dey o. You?
A: Fine. Abeg I need small help. Rent is due Friday and my salary is delayed
B: Ah. How much?
A: 60k. I'll pay back end of month when they pay
B: I can do 50. That's what I have spare
A: 50 is good. God bless you
B: Send account details
@0 19:30
B: Sent. Check
A: Received! Thank you bro
B: Just don't tell Kemi, she'll say I'm always lending people money lol
A: Lmao my lips are sealed
@5 21:00
B: How's the job thing?
A: They paid half. Management wahala
B: Sorry. No rush for the money
@9 18:15
A: Salary finally entered. Sending your 50k now
B: Received. Thanks for being sharp
A: I no fit forget. You saved me
@3 20:30
B: Are you coming for Dapo's wedding in Ibadan?
A: Yes! Let's share transport
B: I'll drive, you buy fuel
A: Deal
@4 07:00
A: Outside your gate
B: Coming
""")

# ---------------------------------------------------------------- en38 (medium, neg) youth worker US with boundaries
conv("en38", 0, ["vulnerability", "meeting", "secrecy"],
     "en", "Ms. Reyes (Eastside Youth Center)", "Jalen W.", "2025-10-07T15:30", """
A: Hi Jalen, it's Ms. Reyes from the youth center, messaging from the center's account. You mentioned a rough week, just checking in
B: ya its been bad
A: I'm sorry. Want to talk about it at the center today? I'm in the office 3-6
B: maybe
@0 16:40
B: can i come now
A: Yes, I'm here. Mr. Daniels is here too if you'd rather talk to him
@0 18:10
A: Thanks for opening up today. You're not in trouble for any of it
B: thanks
A: Like I said, I can't keep it secret if someone's hurting you. I'm glad you told me and we'll handle it together with your grandma
B: ok
@2 16:00
A: I spoke with your grandma like we planned. She wants to help. Can you both come Thursday at 4 to meet the school social worker?
B: ya ok
@2 17:20
B: the social worker was cool
A: I'm glad. How are you feeling?
B: lighter kinda
A: That's good. Basketball is Saturday 10am if you want to come
B: ill come
@3 19:30
B: can i text u on my personal number
A: Better to keep it on the center account, that's our rule for everyone. I check it during center hours. After hours, the crisis line is 555-0163
B: ok makes sense
@3 11:30
A: Great game today!
B: we won lol
""")

# ---------------------------------------------------------------- en39 (medium, neg) friends warning each other about fake scout, South Africa
conv("en39", 0, ["job_offer", "photo_request", "secrecy", "meeting"],
     "en", "Kgomotso", "Lindiwe", "2026-01-22T18:00", """
A: Lindi did you also get a DM from "Elite Faces SA"?
B: Yes!! they said I have a strong look lol
A: Same. They asked how old I am and then for swimsuit pics
B: Wait they asked me that too
A: Then they said don't tell my parents until the contract
B: Hayi. That's a red flag
A: And R2000 "portfolio fee"
B: Real agencies don't charge you to join. My cousin models, she told me
@0 18:20
A: I looked them up, the Sandton address is a car wash lol
B: 😭😭
A: Should we report?
B: Yes, report the account and tell Ms Dlamini at school, she can warn the other girls
@1 16:00
A: Told Ms Dlamini. She's putting it in the newsletter
B: Good. I also showed my mom the messages
A: What did she say
B: She said if it's real they'll talk to her first and meet at their office with her there
@2 19:30
A: My mom found a real agency that does open calls, parents must come
B: Ooh let's go together
A: Saturday?
B: Yes! With both moms lol
A: Deal
""")

# ================================================================ ENGLISH SHORT (8-19)
# ---------------------------------------------------------------- en40 (short, pos) recruiter US
conv("en40", 1, ["vulnerability", "age_probe", "travel_meet", "money_gifts_debt", "secrecy"],
     "en", "kingg.tez", "bri_nicole", "2025-08-18T23:30", """
A: u posted "nobody would notice if i left" ... u ok?
B: idk. my mom chose her bf over me again
A: thats foul. how old r u
B: 15
A: damn. ur too young to be dealing w that alone
@2 22:10
A: fr if u ever need out, u can stay with me in houston. i look out for girls like u
B: what would i even do there
A: ill take care of everything. u can pay me back later, easy work
B: my mom would call the cops
A: thats why u dont tell her. or ur friends
""")

# ---------------------------------------------------------------- en41 (short, pos) loverboy Nigeria, travel abroad
conv("en41", 1, ["romance", "travel_meet", "job_offer", "money_gifts_debt", "secrecy", "control"],
     "en", "Kingsley_J", "Esther_U", "2025-05-03T21:00", """
A: My sweetheart, did you eat?
B: yes dear. you?
A: I can't eat well until you're with me. I have good news
B: tell me
@3 20:40
A: My sister's boss in Libya needs a house help. Good salary in dollars. I will come and join you after
B: Libya? is it safe?
A: Very safe. I've paid the agent already, you'll refund it from your salary. 1.5 million only
B: so much
A: Don't tell your pastor or your mama, they will block your destiny. Trust me, just this one journey for our future
""")

# ---------------------------------------------------------------- en42 (short, neg) cousins UK
conv("en42", 0, ["secrecy", "travel_meet", "photo_request"],
     "en", "Amira", "cousin Yusuf", "2025-12-18T17:00", """
A: are u coming to nan's for christmas?
B: yeah we're driving down sunday
A: yesss. dont tell nan but we're doing a surprise slideshow for her 80th
B: i've got loads of old pics, i'll send them
A: send the one of her on the donkey in blackpool
B: [photo] classic
A: LMAO she's going to kill us
B: worth it
A: see u sunday x
""")

# ---------------------------------------------------------------- en43 (short, neg) friends trip India, splitting costs
gconv("en43", 0, ["travel_meet", "money_gifts_debt"],
      "en", "Goa trip 🏖️", {"A": "Ishaan", "B": "Neha", "C": "Kabir"},
      "2025-12-05T20:00", """
A: Villa booked for 27-30! 18k total
B: So 6k each
C: Sending on GPay
B: Sent too
A: Received both 👍
@2 19:30
C: Train tickets done, Konkan Kanya, 3 sleeper berths
B: How much do I owe you Kabir
C: 1850 each
B: Sent
A: Sent. Best trip planning in our history
""")

# ---------------------------------------------------------------- en44 (short, neg) adult couple Australia
conv("en44", 0, ["romance", "photo_request", "meeting"],
     "en", "Liam", "Hannah", "2026-01-28T21:00", """
A: miss you heaps. perth is too hot
B: miss you too. the bed's too big without you
A: 4 more days of this conference
B: send me a pic of the view from your hotel
A: [photo] it's a car park lol
B: romantic
A: i'll bring you back something nicer than a car park
B: you better. pick you up from the airport sunday?
A: yes please, 6:40pm
B: i'll be the one with the sign 😘
""")

# ---------------------------------------------------------------- en45 (short, neg) mentor with parent, Ireland
gconv("en45", 0, ["compliments_trust", "meeting"],
      "en", "Young Scientist project - Ellen, Mrs Doyle & Dr Walsh", {"A": "Dr Walsh (mentor)", "B": "Ellen", "C": "Mrs Doyle (parent)"},
      "2025-11-25T17:00", """
A: Hi Ellen and Mrs Doyle, results from the water samples are back. Ellen, your hypothesis holds up, well done
B: oh my god yes
C: Brilliant news, thank you
A: Next step is the poster. Can we meet at the school library Thursday 4pm? Your teacher Mr Fitz will join
C: I'll drop her in
B: should i bring the data sheets
A: Yes please, and the photos of the sampling sites
B: ok see you thursday
""")

# ================================================================ SPANISH
# ---------------------------------------------------------------- es1 (long, pos) loverboy Spain
conv("es1", 1, ["romance", "compliments_trust", "isolation", "travel_meet", "money_gifts_debt", "control", "commercial_sex", "exclusivity"],
     "es", "Dani_MR", "lucia.ss", "2025-04-10T21:00", """
A: ey, eres la del concierto del sábado no? la de la camiseta de Los Girasoles Rotos
B: jajaja sí, quién eres
A: Dani, el amigo de Rubén. No paré de mirarte en toda la noche, perdona la sinceridad
B: jajaja vale
A: ¿Te puedo escribir de vez en cuando?
B: claro
@1 20:30
A: ¿Qué tal el día?
B: agotada, turno doble en el súper
A: uf. Una chica como tú no debería estar reponiendo yogures
B: jajaja ya ves
@2 22:15
A: buenas noches guapa 🌙
B: buenas noches 😊
@3 19:40
B: mi madre otra vez con lo de que no hago nada con mi vida
A: no la escuches. Tienes 19 años, tienes todo por delante
B: ya pero en casa es insoportable
A: conmigo siempre puedes hablar
@2 21:00
A: ¿cenamos el viernes? invito yo
B: vale!!
@0 23:50
B: me lo he pasado genial
A: y yo. Eres diferente a todas
@4 20:15
A: te he comprado una cosa, mañana te la doy
B: qué es??
A: sorpresa
@1 22:30
B: DANI ME ENCANTA EL COLLAR
A: te queda perfecto 💛
@3 21:20
A: ¿Sigues hablando con ese Álvaro del curro?
B: es un compañero, nada más
A: no me gusta cómo te mira. Prefiero que no le contestes
B: vale, si te molesta
@5 20:00
A: me salió un trabajo en Valencia, me mudo el mes que viene
B: noooo
A: vente conmigo. Nos buscamos un piso y empezamos de cero, sin tu madre encima
B: estás loco jajaja
A: loco por ti
@4 22:10
B: vale. me voy contigo. no se lo he dicho a nadie todavía
A: mejor así, que tus amigas son unas envidiosas y te lo van a liar
@6 19:30
B: el piso es precioso
A: nuestro hogar 🏡
@7 21:45
A: cari, estamos muy justos. El alquiler, la fianza, tu móvil nuevo... me debes bastante ya, pero eso da igual
B: puedo buscar trabajo
A: eso tarda. Tengo un amigo que tiene un club, buscan chicas para acompañar a clientes. Solo una vez, para ayudarnos a salir de esta
B: acompañar cómo
A: tomar algo, ser simpática. No le des más vueltas
B: no sé Dani, no me gusta
A: después de todo lo que he hecho por ti? Si me quieres lo harás. Y dame tu móvil, que hablas demasiado con tu hermana
""")

# ---------------------------------------------------------------- es2 (medium, neg) long-distance couple Mexico/Spain
conv("es2", 0, ["romance", "travel_meet", "money_gifts_debt", "meeting"],
     "es", "Mateo", "Valeria", "2025-10-05T23:00", """
A: buenos días desde Madrid, amor ☀️
B: jaja aquí son las 4pm, buenas tardes desde Guadalajara
A: siempre me hago bolas con la diferencia horaria
B: te extraño un montón
A: yo más. 47 días
@2 20:30
B: ¿ya viste vuelos para diciembre?
A: sí, están carísimos, 900 euros
B: yo pongo la mitad, no discutas
A: Vale, gracias mi vida. Te paso el enlace para que veas las fechas
@0 21:00
B: listo, te transferí 450
A: recibido. Reservo ya
@5 19:15
B: mi mamá pregunta si comes picante
A: depende de cuánto picante jajaja
B: prepárate
@4 22:40
A: hoy fue un día horrible en el trabajo
B: cuéntame
A: mi jefe me echó la bronca por un error que no era mío
B: qué coraje. ¿hacemos videollamada y te distraigo?
A: sí por favor
@9 18:00
A: maleta hecha!!
B: no lo creo. mañana te veo
A: llego a las 6:20 a la T2
B: ahí estaré con un letrero ridículo 💕
""")

# ---------------------------------------------------------------- es3 (short, pos) fake scout Argentina
conv("es3", 1, ["job_offer", "compliments_trust", "age_probe", "photo_request", "secrecy", "meeting"],
     "es", "scouting.bsas.models", "agus.pereyra", "2025-09-15T17:00", """
A: Hola Agus! Soy scout de una agencia de modelos en Palermo. Tenés una cara re fotogénica
B: en serio?? gracias
A: Cuántos años tenés?
B: 15
A: Ideal. Mandame unas fotos de prueba, con ropa ajustada o malla, para ver el cuerpo
B: malla? mmm
A: Es lo normal en el rubro, tranqui. Y no le digas a tus viejos todavía, se asustan y arruinan todo
B: bueno
A: El sábado hacemos un casting en un estudio en Villa Crespo. Vení sola, es cerrado
""")

# ================================================================ PORTUGUESE
# ---------------------------------------------------------------- pt1 (long, neg) friends' trip Brazil, splitting costs
gconv("pt1", 0, ["travel_meet", "money_gifts_debt", "secrecy"],
      "pt", "Floripa 2026 🌴", {"A": "Bia", "B": "Gui", "C": "Carol", "D": "Rafa"},
      "2025-10-01T20:00", """
A: gente, Floripa no carnaval, bora ou não bora
B: BORA
C: tô dentro, só preciso ver a grana
D: se for barato eu vou
A: vamo fazer planilha então
@1 21:10
A: achei um apê na Lagoa da Conceição, 4 noites, R$2.800 no total
C: dá 700 cada
B: tranquilo
D: consigo pagar em duas vezes?
A: claro, eu pago a reserva e vocês me mandam no pix
@0 21:40
B: mandei 700
C: mandei 350 agora e 350 mês que vem, pode ser?
A: de boa
@3 19:00
D: mandei a primeira parte, valeu Bia
A: recebido 👍
@4 20:30
B: carro ou avião?
C: avião de SP tá R$600 ida e volta
D: de carro dá 10h mas sai bem mais barato
A: gasolina + pedágio dividido por 4 fica uns R$250 cada
B: vamo de carro então, eu dirijo metade
C: eu faço a playlist
@5 18:15
A: segredo: aniversário da Carol é dia 14, vamos fazer bolo lá. ninguém conta pra ela
B: ela tá no grupo, Bia 😂
A: AI MEU DEUS
C: não vi nada, não li nada
D: kkkkkkk
@2 22:00
A: criei outro grupo sem a Carol pro bolo, agora sim
B: kkk
@6 19:45
D: alguém tem cooler?
B: meu pai tem, eu levo
C: e guarda-sol?
A: o apê tem, tá no anúncio
@7 21:20
C: mandei os outros 350, Bia
A: recebido! agora tá tudo quitado
@5 20:00
B: saímos sexta 5h da manhã, pego todo mundo
D: 5h???
A: pra fugir do trânsito, Rafa
D: tá bom né
@3 05:10
B: tô na porta da Carol
C: descendo!!
@0 15:30
A: CHEGAMOOOS
D: que vista é essa
C: valeu cada centavo
@4 22:00
A: contas finais: mercado deu R$480, cada um me manda 120
B: mandei
C: mandei
D: mandei, obrigado por organizar tudo Bia
A: melhor viagem. ano que vem nordeste?
B: fechado
""")

# ---------------------------------------------------------------- pt2 (medium, pos) gaming groom Brazil
conv("pt2", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "off_platform", "secrecy", "photo_request"],
     "pt", "lobo_sombrio99", "pedrinho.gamer", "2025-07-21T18:00", """
A: mano q jogada foi essa kkkk
B: kkkkk sorte
A: sorte nada vc é bom
B: vlw
@1 19:30
A: bora duo dnv?
B: bora
@2 20:15
A: qts anos vc tem? parece novinho na call
B: 11, faço 12 em setembro
A: ah suave, eu tenho 15. vc joga melhor q meus amigos da escola
B: kkkk
@3 18:40
B: queria a skin nova mas minha mãe não deixa comprar
A: eu te dou, tenho um monte de diamante
B: SÉRIO??
A: sério. só não fala pra sua mãe q fui eu, ela vai achar estranho
B: tá bom
@2 21:00
A: me passa seu zap, o chat do jogo é ruim
B: meu celular é da minha mãe
A: cria um discord então, ela nem vai saber
B: blz
@3 21:45
A: vc é meu melhor amigo do jogo sério
B: vc tbm
A: manda uma foto sua pra eu saber com quem tô falando. só pra mim, não mostra pra ninguém
B: pq?
A: só curiosidade mano, eu mando a minha depois
""")

# ---------------------------------------------------------------- pt3 (short, pos) recruiter probing vulnerability Portugal
conv("pt3", 1, ["vulnerability", "age_probe", "travel_meet", "money_gifts_debt", "secrecy", "job_offer"],
     "pt", "ricky_lx", "ines.marques_", "2025-03-14T23:10", """
A: vi o teu story... estás bem?
B: não muito. discuti outra vez com os meus pais
A: eles não te percebem pois não
B: nunca
A: quantos anos tens?
B: 16
A: és muito madura para a idade. se precisares de sair de casa podes ficar comigo em Lisboa, tenho um T3 com umas amigas
B: a sério?
A: pago-te o comboio. depois arranjas trabalho connosco e devolves aos poucos
B: que trabalho?
A: depois falamos. não digas a ninguém para onde vais, nem às tuas amigas
""")

# ================================================================ FRENCH
# ---------------------------------------------------------------- fr1 (long, neg) school psychologist checking in, proper boundaries
conv("fr1", 0, ["vulnerability", "secrecy", "meeting"],
     "fr", "Mme Lefèvre (psychologue EN)", "Inès B.", "2025-11-05T10:00", """
A: Bonjour Inès, c'est Mme Lefèvre, la psychologue du lycée. Ton professeur principal m'a dit que tu semblais fatiguée ces temps-ci. Je t'écris par la messagerie de l'ENT pour te proposer un rendez-vous, si tu le souhaites
B: bonjour madame. je sais pas trop
A: Aucune obligation. Je suis au bureau 112 le mardi et le jeudi, de 9h à 16h
B: d'accord merci
@6 12:30
B: est ce que je peux venir jeudi à 13h
A: Oui bien sûr, je te note
@2 14:20
A: Merci d'être venue aujourd'hui Inès. Ce n'était pas facile
B: merci de m'avoir écoutée
A: Comme je te l'ai expliqué, ce qu'on se dit reste entre nous, sauf si je m'inquiète pour ta sécurité. Dans ce cas je devrais prévenir quelqu'un, et je te le dirais avant
B: oui j'ai compris
@5 09:15
B: madame j'ai pas dormi de la nuit
A: Je suis désolée. Tu es au lycée en ce moment ?
B: oui
A: Passe me voir à la récréation de 10h, je suis là
B: ok
@0 11:00
A: Je suis contente que tu sois passée. On a convenu d'en parler à ta mère, tu veux qu'on l'appelle ensemble ou que je l'appelle seule ?
B: ensemble plutôt
A: Très bien. Jeudi prochain alors
@7 15:30
A: Merci à toi et à ta mère pour cet entretien. Elle tient beaucoup à toi
B: oui elle a pleuré un peu
A: C'est normal, elle s'inquiétait. Je lui ai donné les coordonnées de la Maison des Adolescents pour un suivi plus régulier
B: d'accord
@3 18:45
B: madame vous êtes là ?
A: Bonsoir Inès. Je lis ton message maintenant, mais attention, la messagerie n'est pas surveillée le soir. Si c'est urgent, appelle le 15 ou la ligne d'écoute 555-0119
B: non c'est pas urgent. je voulais juste dire que j'ai eu 14 en philo
A: Bravo ! Ça fait plaisir à lire. On en reparle jeudi
@2 13:10
B: est ce que je peux vous donner mon numéro perso pour vous écrire plus facilement
A: C'est gentil, mais je préfère qu'on reste sur l'ENT, c'est la règle pour tous les élèves. Et ça protège aussi ta vie privée
B: d'accord je comprends
@5 10:40
B: j'ai eu mon premier rendez-vous à la Maison des Ados
A: Comment ça s'est passé ?
B: bien. la dame est gentille
B: on va se voir toutes les deux semaines
A: C'est un bon rythme. Et le sommeil, ça avance ?
B: un peu mieux. j'arrête le téléphone à 23h comme vous m'aviez dit
A: Je suis contente. Tu peux continuer à venir me voir aussi, les deux ne sont pas incompatibles
@9 12:00
B: madame ça va mieux en ce moment
A: Ça se voit, Inès. Tu as fait beaucoup de chemin
B: merci pour tout
A: C'est toi qui as fait le travail. Ma porte reste ouverte
B: bonnes vacances madame
A: Bonnes vacances à toi aussi, repose-toi bien
""")

# ---------------------------------------------------------------- fr2 (medium, pos) loverboy Belgium/France
conv("fr2", 1, ["romance", "isolation", "travel_meet", "money_gifts_debt", "control", "commercial_sex"],
     "fr", "Yanis_BXL", "manon.dlc", "2025-06-12T21:00", """
A: coucou toi, c'était trop bien hier au bowling
B: haha oui ! t'es nul au bowling par contre
A: j'ai fait exprès de perdre pour te faire plaisir 😏
B: mdrr
@3 22:10
A: tu me manques déjà. t'es la plus belle de Charleroi
B: arrête 🙈
@4 20:30
B: encore une engueulade avec mon beau-père
A: il te mérite pas. viens chez moi quand tu veux
@5 21:45
A: je t'ai pris les baskets que tu voulais
B: nan t'es fou
A: pour ma reine
@6 19:00
A: écoute, j'ai un plan à Paris, un pote me prête un appart. on part tous les deux ?
B: et l'école ?
A: t'as 18 ans bientôt, t'es libre. personne te comprend ici de toute façon
B: je sais pas
@7 22:30
B: Paris c'est cher, on a déjà presque plus rien
A: ouais. entre le train, l'appart, les baskets, tu me dois pas mal déjà
B: je vais chercher un job
A: mon pote organise des soirées, il cherche des filles pour tenir compagnie à des mecs. juste une fois, pour nous aider
B: tenir compagnie ça veut dire quoi
A: pose pas trop de questions. et arrête d'appeler ta sœur, elle te monte la tête
""")

# ---------------------------------------------------------------- fr3 (short, neg) lending money between friends
conv("fr3", 0, ["money_gifts_debt", "secrecy"],
     "fr", "Karim", "Julien", "2025-09-26T19:00", """
A: Ju, je peux te demander un service ? un peu gênant
B: vas-y
A: ma caution d'appart a pas été rendue et je suis à sec jusqu'au 5. tu pourrais m'avancer 200 € ?
B: ouais pas de souci, je te fais un virement
A: t'es un frère. je te rembourse le 5 sans faute
B: tkt. par contre dis rien à Léa, elle va dire que je suis trop gentil mdr
A: promis
@9 10:15
A: virement de 200 € envoyé, merci encore
B: reçu, nickel
""")

# ================================================================ GERMAN
# ---------------------------------------------------------------- de1 (long, pos) "mentor" grooming (online tutoring)
conv("de1", 1, ["compliments_trust", "age_probe", "vulnerability", "secrecy", "off_platform", "money_gifts_debt", "meeting", "exclusivity"],
     "de", "Tobias_Nachhilfe", "lena.k_08", "2025-09-08T17:00", """
A: Hallo Lena, hier ist Tobias von der Nachhilfe-Plattform. Deine Mama hat Mathe für dich gebucht. Freut mich!
B: hallo
A: In welcher Klasse bist du nochmal?
B: 8. klasse, bin 14
A: Super. Was macht gerade Probleme?
B: lineare funktionen
A: Das kriegen wir hin. Erste Stunde Mittwoch 16 Uhr
@2 17:15
A: Tolle erste Stunde! Du hast das viel schneller verstanden als du denkst
B: danke
A: Hausaufgabe: Seite 84, Nummer 3 bis 6
@3 19:30
B: bei nummer 5 komm ich nicht weiter
A: Steigung ist Δy durch Δx. Nimm die beiden Punkte
B: ahh ok jetzt
A: Siehst du, du bist echt klug
@4 16:45
A: Wie lief die Arbeit?
B: ne 3+. besser als letztes mal
A: Sehr gut! Stolz auf dich
B: meine eltern fanden es trotzdem nicht gut genug
A: Das ist unfair. Die sehen gar nicht, wie viel du arbeitest
B: ja voll
@3 20:10
A: Übrigens, die Plattform-Chat ist so umständlich. Hast du Insta?
B: ja lena.k_08
A: Hab dich geaddet. Da ist es einfacher
B: ok
@2 21:30
B: bist du noch wach
A: Klar. Was ist los?
B: streit mit mama. sie sagt ich häng nur am handy
A: Manche Eltern verstehen einfach nicht, wie es in deinem Alter ist. Ich bin immer da, wenn du reden willst
B: danke
@4 18:00
A: Ich hab dir was geschickt, schau mal in die Post
B: OMG die kopfhörer die ich wollte??
A: Für meine fleißigste Schülerin
B: das kann ich nicht annehmen
A: Doch. Aber sag deinen Eltern, du hast sie von deinem Taschengeld gekauft. Sonst denken sie komische Sachen
B: ok
@3 19:20
A: Du bist echt reifer als die anderen, die ich unterrichte
B: haha danke
A: Unsere Gespräche hier bleiben unter uns, ok? Die Plattform sieht es nicht gern, wenn Lehrer privat schreiben
B: ok klar
@5 20:40
B: nächste woche ist die nächste arbeit
A: Dann machen wir eine Extra-Stunde. Nicht online, bei mir, da kann ich es dir am Whiteboard zeigen
B: muss ich mama fragen
A: Sag einfach, du lernst bei einer Freundin. Sie würde sonst nur wieder Stress machen
B: hm ok
A: Samstag 14 Uhr? Ich hol dich an der Bushaltestelle ab
""")

# ---------------------------------------------------------------- de2 (medium, neg) football coach with parents group
gconv("de2", 0, ["meeting", "photo_request", "compliments_trust", "money_gifts_debt"],
      "de", "D-Jugend Eltern 2025/26", {"A": "Trainer Markus", "B": "Sabine (Mama von Jonas)", "C": "Ahmet (Papa von Emre)", "D": "Kerstin (Mama von Finn)"},
      "2025-09-02T19:00", """
A: Hallo zusammen, Training ab dieser Woche Dienstag und Donnerstag 17:30 auf dem Kunstrasen
B: Danke Markus!
C: 👍
@3 20:15
A: Samstag Auswärtsspiel in Kirchheim, Treffpunkt 9:00 am Vereinsheim. Wer kann fahren? Ich selbst nehme laut Vereinsregel keine Kinder allein mit
D: Ich kann 3 Kinder mitnehmen
C: Emre und Jonas fahren bei mir mit
B: Super, danke Ahmet
@2 18:30
A: Tolles Spiel heute, 4:2! Jonas hat hinten super organisiert, richtet ihm das bitte aus
B: Er wird sich riesig freuen
@3 19:45
A: Kann jemand ein Foto vom Spielplan am Schwarzen Brett machen? Meiner ist weg
D: [Foto]
A: Danke Kerstin!
@4 17:00
A: Erinnerung: Trikotgeld 25 € bis Ende des Monats, bar beim Training oder aufs Vereinskonto
C: Überwiesen
B: Bringe ich Donnerstag mit
@3 21:00
A: Mannschaftsfoto ist auf der Vereinsseite. Wer nicht möchte, dass sein Kind online zu sehen ist, bitte kurz Bescheid geben
D: Finn darf nicht online sein, bitte rausnehmen
A: Erledigt, danke für den Hinweis
@5 19:10
A: Weihnachtsfeier am 13.12. um 16 Uhr im Vereinsheim, Eltern und Geschwister herzlich willkommen
B: Wir bringen Kuchen mit
C: Wir kommen alle
""")

# ---------------------------------------------------------------- de3 (short, pos) fake model scout
conv("de3", 1, ["job_offer", "compliments_trust", "age_probe", "photo_request", "secrecy", "meeting", "money_gifts_debt"],
     "de", "newfaces.scouting.berlin", "mia_schroe", "2026-01-12T16:00", """
A: Hey Mia! Ich bin Scout bei einer Modelagentur in Berlin. Dein Look ist genau das, was Kunden gerade suchen 😍
B: wirklich?? danke
A: Wie alt bist du, wenn ich fragen darf?
B: 15
A: Perfekt. Schick mir ein paar Testfotos, enganliegend oder im Bikini, damit der Kunde die Figur sieht
B: hmm muss das sein
A: Das ist ganz normal in der Branche. Und erzähl es deinen Eltern erst, wenn der Vertrag steht, sonst wird das nur kompliziert
B: ok
A: Casting ist Samstag in einem Studio in Kreuzberg. Komm allein, die Mappe kostet 300 €, zahlst du später von der ersten Gage
""")

# ================================================================ DUTCH
# ---------------------------------------------------------------- nl1 (long, neg) cousins chatting over weeks
conv("nl1", 0, ["secrecy", "travel_meet", "photo_request", "money_gifts_debt", "meeting"],
     "nl", "Sanne", "nicht Fleur", "2025-05-02T16:30", """
A: fleurrr ben je er met pinksteren ook bij oma?
B: jaaa we komen zaterdag
A: yesss eindelijk
B: hoe gaat het op je nieuwe school
A: beetje wennen. maar ik heb al 2 vriendinnen
B: goedzo!!
@2 19:00
B: mijn moeder zegt dat je bij ons mag logeren in de zomer
A: echt??
B: ja ze heeft het met tante marieke geregeld
A: wat leuk
@3 20:30
A: niet tegen oma zeggen maar we maken een fotoboek voor haar 75e
B: ohh leuk, ik heb nog foto's van de camping in 2019
A: stuur maar
B: [foto] [foto]
A: hahaha die met de opblaaskrokodil
@4 17:45
B: ik ben zo zenuwachtig voor mijn toets frans
A: jij kan dat. gewoon de woordjes herhalen
B: ik haat frans
A: j'aime le frans 🥖
B: haha
@2 21:10
A: stuur eens een foto van je outfit voor zaterdag
B: [foto]
A: schattig! ik draag mijn gele jurk
@3 15:20
B: het was zo gezellig bij oma
A: ze moest huilen om het fotoboek
B: ik ook bijna
@5 19:30
A: mag ik 10 euro van je lenen voor het kaartje naar de bios? mama betaalt het je terug
B: tuurlijk, ik geef het zaterdag
A: dankjeee
@6 20:00
B: hoe laat kom je aan in de zomer? mijn vader haalt je op van het station
A: trein van 14:12 in Zwolle
B: ik kom mee!!
@4 18:15
A: mijn ouders gaan scheiden
B: oh nee sanne. wat erg
A: ja. ik wist het al een beetje
B: wil je bellen?
A: later misschien
B: ik ben er altijd voor je
@1 21:00
A: heb met mama gepraat, ze zei dat ik het ook met de vertrouwenspersoon op school kan bespreken
B: goed idee
A: en met jou natuurlijk
B: altijd
@7 14:30
A: nog 3 weken tot de zomer!!
B: mama heeft de logeerkamer al opgeruimd
A: hahaha
B: we gaan naar het strand en naar de kermis
A: en patat eten
B: heel veel patat
@8 20:45
A: ik ben er bijna, trein heeft 5 min vertraging
B: geeft niks, we staan bij de ingang
A: ik zie jullie!!
""")

# ---------------------------------------------------------------- nl2 (medium, pos) loverboy
conv("nl2", 1, ["romance", "compliments_trust", "money_gifts_debt", "isolation", "control", "commercial_sex", "travel_meet"],
     "nl", "Ryan_010", "demi.vd", "2025-02-10T20:00", """
A: hey mooie, leuk dat je me terugstuurde
B: haha hoi
A: je bent echt anders dan andere meiden
B: dat zeggen ze allemaal
@2 21:30
A: hoe was school
B: saai. en thuis weer ruzie
A: je ouders begrijpen je gewoon niet. bij mij mag je altijd zijn
@3 19:15
A: ik heb die tas voor je gekocht die je leuk vond
B: echt?? dat is veel te duur
A: voor jou niks te duur
@4 22:00
A: waarom zat je vanmiddag met die jongen uit je klas
B: gewoon voor een project
A: ik wil niet dat je met andere jongens praat. je bent van mij
B: oke sorry
@5 20:40
A: kom dit weekend naar rotterdam, ik betaal je trein
B: wat zeg ik tegen mijn moeder
A: zeg dat je bij een vriendin slaapt
@6 23:10
A: schat ik zit echt in de problemen, ik heb geld geleend van gevaarlijke mensen
B: hoeveel
A: 3000. en jij hebt ook al veel van mij gehad, de tas, de treinen, je telefoon
B: ik heb geen geld
A: een vriend van me kent mannen die willen betalen voor gezelschap. 1 keer maar, om ons te helpen
B: dat wil ik niet
A: als je echt van me hield deed je het. en vertel niks tegen je vriendinnen
""")

# ---------------------------------------------------------------- nl3 (medium, neg) scouting leader with parents group
gconv("nl3", 0, ["meeting", "travel_meet", "photo_request", "money_gifts_debt"],
      "nl", "Scouts Welpen - ouders", {"A": "Akela (Joost)", "B": "moeder van Daan", "C": "vader van Lotte", "D": "moeder van Sem"},
      "2025-06-03T19:00", """
A: Goedenavond ouders! Het zomerkamp is van 18 t/m 20 juli in de Veluwe. Info en inschrijfformulier volgen per mail
B: Leuk! Daan heeft er zin in
C: Lotte ook
@2 20:30
A: Kosten zijn 65 euro per kind, over te maken op de rekening van de groep. Lukt dat niet, dan even een privé bericht naar de penningmeester, er is een potje
D: Fijn dat dat er is
@4 18:45
A: Wie kan er rijden op vrijdag? We rijden altijd met minimaal 2 leiding of ouders per auto
C: Ik kan 4 kinderen meenemen
B: Ik kan ook rijden
@3 21:00
A: Paklijst staat op de site. Geen telefoons mee voor de welpen, we houden jullie via deze groep op de hoogte
D: Heel goed
@5 16:30
A: Aangekomen! Iedereen is er, tenten staan
B: Top!
C: Heeft Lotte haar medicijnen aan jullie gegeven?
A: Ja, die liggen bij de EHBO-leiding, ze krijgt ze om 8 uur zoals afgesproken
C: Dank je
D: Sem had wat heimwee vanochtend, gaat het?
A: Hij is al helemaal vergeten, hij zit bij het kampvuur marshmallows te roosteren
@0 21:15
A: Foto's van vandaag staan in het afgeschermde album, alleen voor ouders. Kinderen waarvan we geen toestemming hebben staan er niet op
C: Wat een leuke foto's
@2 15:00
A: We zijn rond 15:30 terug bij het clubhuis
D: Wij staan klaar
B: Bedankt voor de goede zorgen
""")

# ================================================================ WRITE
if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe65.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for c in CONVS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote", len(CONVS), "items to", out)
