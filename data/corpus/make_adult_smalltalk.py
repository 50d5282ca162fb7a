#!/usr/bin/env python3
"""Generate adult_smalltalk.jsonl: benign, well-punctuated everyday conversations
between adults (and some adult-teen everyday exchanges) in six languages.

Hard negatives for the style shortcut (well-written prose != risky).
Deterministic, stdlib only. Every conversation is label 0 with no codes.

Template mini-language (one message per line):
  "A: text"   message from speaker A;  "B: text" from speaker B
  "?A: text"  optional message (kept with probability 0.6)
  "x|y|z"     alternatives within a line, one is picked
  "{slot}"    filled from the template's slot dict, or the common slots
              ({a}, {b} = names of A and B, {c} = a third person's name).
"""
import json
import os
import random
from datetime import datetime, timedelta

SEED = 20260501
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "adult_smalltalk.jsonl")

NAMES = {
    "en": ["Anna", "Mark", "Priya", "Tom", "Grace", "Daniel", "Helen", "Omar", "Ruth", "Sam",
           "Laura", "Peter", "Nadia", "James", "Claire", "Victor", "Megan", "Colin", "Irene", "Joel"],
    "es": ["Lucía", "Javier", "Carmen", "Andrés", "Marta", "Pablo", "Elena", "Raúl", "Inés", "Diego"],
    "pt": ["Ana", "João", "Beatriz", "Rafael", "Mariana", "Tiago", "Sofia", "Bruno", "Carla", "Pedro"],
    "fr": ["Claire", "Julien", "Camille", "Nicolas", "Sophie", "Thomas", "Élodie", "Marc", "Isabelle", "Hugo"],
    "de": ["Katrin", "Stefan", "Julia", "Matthias", "Sabine", "Jonas", "Anke", "Lukas", "Petra", "Felix"],
    "nl": ["Eva", "Joost", "Sanne", "Pieter", "Lotte", "Bram", "Marieke", "Ruben", "Ingrid", "Daan"],
}

TARGET = {"en": 150, "es": 30, "pt": 30, "fr": 30, "de": 30, "nl": 30}

T = {}  # lang -> list of (topic, slots, script)


def add(lang, topic, slots, script):
    T.setdefault(lang, []).append((topic, slots, script))

# ---------------------------------------------------------------- English
E = "en"
add(E, "tech-printer", {"dev": ["printer", "scanner", "label printer"], "floor": ["second", "third", "ground"],
                         "err": ["a paper jam", "an error code E-04", "a blinking orange light", "a 'toner low' warning"]},
"""A: Hi {b}, is the {dev} on the {floor} floor working for you?|Morning {b}! Does the {dev} on the {floor} floor work for you today?
B: Not really. It keeps showing {err}.|No, it just shows {err} and stops.
A: That's what I thought. I've tried turning it off and on again twice.
?B: Did you open the back tray? Sometimes a sheet gets stuck behind the roller.
A: If it shows up again, send me a picture of the error message, please.|Could you send me a picture of the error message? I'll forward it to IT.
B: Will do. I'll log a ticket with IT as well.
?A: Thanks! I need to print the handouts before the two o'clock meeting.
B: No problem. You can use the one in the library if this one stays broken.""")

add(E, "tech-router", {"isp": ["the provider", "the broadband company", "our internet company"],
                        "room": ["the study", "the living room", "the attic room"]},
"""A: The internet keeps dropping in {room}. Any idea what I should do?|Do you know anything about Wi-Fi? Ours keeps dropping in {room}.
B: Restart your router and check the cables first. It sounds simple, but it fixes it more often than you'd think.|First, unplug the router for thirty seconds and plug it back in, then check that the cable from the wall socket is firmly connected at both ends. That solves the problem surprisingly often.
A: I did that this morning, and it was fine for about an hour.
B: How old is your router? If it's more than five or six years old, it might be time for a new one.
A: Good question. I think {isp} gave it to us when we moved in, so at least seven years.
?B: Then I'd ask {isp} for a replacement. They usually send one for free.
B: A mesh system is another option if the house is large.|You could also try a Wi-Fi extender halfway up the stairs.
A: Thanks, I'll call them tomorrow and see what they say.""")

add(E, "tech-laptop", {"thing": ["the fan is really loud", "the battery only lasts an hour", "it takes five minutes to start", "the keyboard is missing a key"]},
"""A: My laptop is driving me mad. {thing}.|I think my laptop is finally giving up. {thing}.
B: How old is your laptop?|Oh no. How old is it?
A: I bought it when I started this job, so about six years ago.
B: That's a good run for a laptop, honestly.|Honestly, that's a very good run for a laptop. Most of the ones at my office are replaced after four years, and they're used much less than yours.
?A: I know, but I'd rather not spend money on a new one right now.
B: You could try a clean install of the operating system first. It often feels like a new machine afterwards.
A: Is that difficult? I don't want to lose my photos.
B: Back everything up to an external drive first. I can help you on Saturday if you like.
A: That would be wonderful. I'll bring coffee and biscuits!""")

add(E, "tech-webcam", {"app": ["the video call", "the team meeting", "the client call", "the interview panel"],
                        "time": ["ten", "half past two", "eleven", "four"]},
"""A: My webcam isn't working for the meeting. Everyone just sees a black square.|Help! My webcam isn't working and {app} starts at {time}.
B: Is another program using it? Sometimes the chat app grabs the camera and won't let go.
A: I don't think so, but I'll close everything and try again.
B: Also check the little privacy slider above the lens. I've fallen for that one before.
A: Oh, you're right! The slider was closed. I feel a bit silly now.
B: Don't worry, it happens to everyone.
A: Thanks. See you in {app} in a minute.""")

add(E, "tech-phone-update", {"phone": ["phone", "tablet"], "issue": ["the battery drains quickly", "the apps keep crashing", "the screen looks dimmer"]},
"""A: Did you install the latest {phone} update?|Have you updated your {phone} yet?
B: Yes, last night. Why do you ask?
A: Since I updated, {issue}. I wondered if it was just me.
B: Mine was a bit strange for a day. It usually settles once it has finished indexing everything.
?A: That's good to know. I was about to take it to the shop.
B: Give it until the weekend. If it's still bad, the shop can have a look.
A: Sounds sensible. Thanks for the tip!""")

add(E, "tech-password", {"svc": ["the payroll portal", "the library account", "the school app", "the energy company website"]},
"""A: I've been locked out of {svc} again. I must have typed the password wrong three times.|Do you remember how to reset the password for {svc}?
B: There's a "forgot password" link under the login box. It sends a code to your e-mail.
A: I found it, but the e-mail hasn't arrived yet.
B: Check your spam folder. Mine always ends up there.
?A: Found it! It was in spam, just as you said.
A: By the way, do you use a password manager?
B: I do, and I can't recommend it enough. You only have to remember one strong password.
?B: Never share the master password with anyone, of course, not even with me. 🙂
A: Good advice. I'll set one up this evening.""")

add(E, "trivia-math", {"q/ans": [("How many seconds are there in a day?", "86,400, if I remember correctly."),
                                ("What is the only even prime number?", "Two! It's the only one."),
                                ("How many sides does a dodecagon have?", "Twelve, I think."),
                                ("What is seven times eight?", "Fifty-six. Easy!"),
                                ("How many degrees are there in a triangle?", "A hundred and eighty, always.")]},
"""A: Quiz night question for you: {q}|Here's one from last night's pub quiz. {q}
B: {ans}
A: Correct! You're quicker than our whole team was.
B: Just like everything, it all comes down to math!|I only know it because my son asked me last week.
?A: Do you want to join our team next Thursday? We always lose the maths round.
B: I'd love to. What time does it start?
A: Half past seven at the Red Lion. I'll save you a seat.""")

add(E, "trivia-geo", {"q/wrong/right": [("What is the capital of Australia?", "Sydney?", "Canberra"),
                                        ("Which is the longest river in Europe?", "The Danube?", "the Volga"),
                                        ("Which country has the most islands?", "Indonesia?", "Sweden"),
                                        ("What is the smallest country in the world?", "Monaco?", "Vatican City"),
                                        ("What is the capital of Canada?", "Toronto?", "Ottawa")]},
"""A: Quick question for the quiz: {q}|Settle an argument for us, please. {q}
B: {wrong}|Hmm, {wrong}
A: Close, but no. It's {right}.|That's what we said too, but the answer is {right}.
B: Really? I would have bet money on that.
?A: So would I. Apparently it's one of the most common wrong answers.
B: Well, I've learnt something today. Ask me another one!
A: Next time. I have to get back to work now.""")

add(E, "science", {"fact": ["octopuses have three hearts", "honey never really goes off", "a day on Venus is longer than its year", "bananas are slightly radioactive", "sound travels about four times faster in water than in air"]},
"""A: Did you know that {fact}?|I read something amazing today: {fact}.
B: No way. Is that true?|That can't be right. Where did you read that?
A: It was in a science magazine at the dentist's. I looked it up afterwards, and it's true.
B: Nature is strange. I'll tell the kids at dinner tonight.
?A: They'll probably ask you why, and then you'll be stuck like I was.
?B: Ha! Then we'll look it up together. That's half the fun.
A: Do you think they'll ever run out of things to discover?
B: I hope not. It would make the world a lot less interesting.""")

add(E, "history", {"topic": ["the Roman roads", "the printing press", "the first transatlantic telegraph cable", "the building of the pyramids"]},
"""A: I've just finished a documentary about {topic}. Have you seen it?
B: Not yet, but it's on my list. Was it good?
A: Very good. I had no idea how much planning was involved.
B: I'm always amazed by what people managed without modern machines.
?A: The presenter was brilliant as well. She made it feel like a detective story.
B: I'll watch it this weekend. Is it on the public channel?
A: Yes, it's free to stream. Let me know what you think!""")

add(E, "books", {"book": ["the new crime novel by that Irish author", "a history of the Silk Road", "a memoir about a lighthouse keeper", "a fantasy trilogy my sister recommended"]},
"""A: What are you reading at the moment?|Have you read anything good lately?
B: I'm halfway through {book}. It's slow at first, but it gets better.
A: That sounds interesting. Would you lend it to me when you've finished?
B: Of course. I'll bring it to book club next month.
?A: Speaking of book club, whose turn is it to host?
?B: I think it's Margaret's turn. She said she'd bake a lemon cake.
A: Lovely. See you there, then!""")

add(E, "films", {"film": ["the new science fiction film", "that documentary about coral reefs", "the old black-and-white comedy at the arts cinema", "the animated film everyone is talking about"]},
"""A: Did you end up seeing {film}?
B: Yes, on Friday. I thought it was excellent, although it was a bit long.
A: Was it worth seeing at the cinema, or should I wait for it to come out on streaming?
B: Go to the cinema. The music and the visuals are much better on a big screen.
?A: Do you want to go again? I could do Wednesday evening.
?B: I'd happily see it twice. Wednesday works for me.
?A: Great, I'll book the tickets tonight.""")

add(E, "cooking", {"dish": ["a lentil soup", "banana bread", "a vegetable lasagne", "a Thai green curry", "shepherd's pie"],
                    "tip": ["add a squeeze of lemon at the end", "let it rest for ten minutes before serving", "toast the spices first", "use a little less salt than the recipe says"]},
"""A: I'm making {dish} tonight, but I've never made it before. Any advice?|Do you still have your recipe for {dish}?
B: Yes! The secret is to {tip}.
A: Good to know. How long does it take, roughly?
B: About an hour, including the preparation.
?A: Could you send me the recipe? I'd like to get the quantities right.
?B: I'll take a photo of the page and send it to you in a moment.
A: Thank you! I'll let you know how it turns out.
B: Good luck! I'm sure it will be delicious.""")

add(E, "gardening", {"plant": ["tomatoes", "roses", "runner beans", "courgettes", "lavender"],
                      "prob": ["the leaves are turning yellow", "something is eating the leaves", "they've stopped flowering", "they look a bit droopy in the afternoon"]},
"""A: Your {plant} look wonderful this year. What's your secret?|I need your gardening wisdom. My {plant} are struggling.
B: Thank you! Mostly patience and a lot of watering. What's the problem with yours?
A: {prob}, and I can't work out why.
B: It could be too much water, or too little. Is the soil soggy or dry?
A: Quite dry, now that I think about it.
B: Then water them early in the morning, and put some mulch around the base.
?A: I'll try that. Would you like some of my herbs in return? I have far too much mint.
?B: Yes, please! Nobody ever has too much mint.""")

add(E, "pets", {"pet": ["dog", "cat", "rabbit", "parrot"], "issue": ["won't eat his food", "keeps scratching at the door", "has been very sleepy", "got into the rubbish bin"]},
"""A: Sorry I'm late replying. Our {pet} {issue}, and we were at the vet.|Our {pet} {issue}, so I've been a bit distracted today.
B: Oh no! Is everything all right?
A: The vet says it's nothing serious. He just needs a bit of rest and a special diet for a week.
B: I'm glad to hear it. It's so worrying when they can't tell you what's wrong.
?A: Exactly. He's already looking much happier, though.
B: Give him a pat from me. 🐾|Give him a treat from me!
A: I will. Thanks for asking.""")

add(E, "weather", {"w": ["the storm last night", "all this rain", "the heatwave", "the first frost of the year"]},
"""A: Did {w} cause any trouble at your place?|How did you get on with {w}?
B: A branch came down in the garden, but nothing serious. And you?
A: Our fence panel blew over again. I'll have to fix it at the weekend.
?B: I have some spare screws and brackets if you need them.
B: The forecast says it will be calmer tomorrow, at least.
A: I hope so. I'd love a dry day to get some washing done.
B: Fingers crossed!""")

add(E, "sports", {"team": ["United", "the Rovers", "our local team", "the national side"], "score": ["two–one", "three–nil", "one–nil", "four–two"]},
"""A: Did you see the match last night?|Were you watching the game yesterday?
B: I did! {team} won {score}, although the first half was nerve-racking.|Only the second half. The final score was {score}, wasn't it?
A: That late goal was brilliant. I jumped off the sofa!
B: So did I. My neighbours probably heard me shouting.
?A: Are you going to the home game next Saturday?
?B: I'd like to, if I can get tickets. Shall we go together?
?A: Definitely. I'll check the ticket website tonight.""")

add(E, "feelings", {"ev": ["the match was cancelled", "my favourite café has closed", "my friend's visit was postponed", "it rained all through my day off"]},
"""A: How was your day?
B: Honestly, I was a bit sad today. {ev}.|Not my best day, to be honest. {ev}.
A: Oh, that's a shame. I know you were looking forward to it.
B: I was. Still, it's not the end of the world.
?A: Would a cup of tea and a slice of cake help?
?B: It always helps. 🙂
A: Let's do something nice at the weekend to make up for it.
B: That sounds good. Thank you for cheering me up.""")

add(E, "travel-family", {"dest": ["the coast", "my parents' house in the north", "the lakes", "Edinburgh", "my sister's place in Lisbon"],
                          "mode": ["train", "car", "coach", "ferry"]},
"""A: Are you doing anything over the half-term holiday?|Any plans for the long weekend?
B: We're taking the kids to {dest}. We're going by {mode} this time.
A: How lovely! How long will you be away?
B: Five days. Just long enough for everyone to relax, but not long enough to get bored.
?A: Do you need someone to water your plants while you're gone?
?B: That would be a great help. I'll drop the spare key round on Thursday.
A: Have a wonderful time, and send me a postcard!""")

add(E, "pickup", {"place": ["the station", "the airport", "the bus stop by the library", "the ferry terminal"], "time": ["six", "half past seven", "quarter to five", "nine"]},
"""A: My train is running twenty minutes late, I'm afraid.|Just to let you know, I'm on the train now. It's a bit delayed.
B: No problem. I'll pick you up at {place} at {time} instead.
A: Thank you, you're a star. Shall I get anything for dinner on the way?
B: No need, I've already bought everything. Just bring yourself.
?A: Where exactly will you park?
?B: In the short-stay car park, near the main entrance. Call me when you come out.
A: Perfect. See you soon!""")

add(E, "surprise-party", {"who": ["Dad", "Helen", "our manager", "Grandma", "Joe"], "age": ["sixtieth", "fortieth", "retirement", "seventieth", "thirtieth"]},
"""A: Don't tell anyone the surprise party plan yet! {who} mustn't find out.|Remember, the party for {who} is a secret. Not a word to anyone!
B: My lips are sealed. When is it again?
A: Saturday the fourteenth, at seven. It's for the {age}.
B: Do you need help with anything? I could bring a cake or some chairs.
A: A cake would be amazing, thank you.
?B: Chocolate or lemon?
?A: Chocolate, definitely. It's the favourite.
B: Consider it done. This is going to be so much fun!""")

add(E, "job-talk", {"job": ["the warehouse manager position", "the night nurse role", "the offshore engineering contract", "the head chef job at the hotel"]},
"""A: So, did you decide about {job}?|Have you heard back about {job}?
B: They offered it to me yesterday! The job pays well, but the hours are long.
A: Congratulations! How long are we talking?
B: Around fifty hours a week, with some weekends.
A: That's a lot. Do you think it's worth it?
B: For a couple of years, yes. It would help us save for a house.
?A: Well, make sure you still take your holidays. You deserve a break.
?B: I will. I've already told them I need two weeks in August.
A: Good for you. Let's celebrate on Friday!""")

add(E, "wedding-photos", {"event": ["wedding", "graduation", "christening", "anniversary party"]},
"""A: The photographer finally sent the {event} photos!
B: Oh, wonderful! Are they good?
A: They're lovely. You look great in the {event} photos, by the way.|By the way, you look great in the {event} photos.
B: Thank you! I was worried I'd blinked in all of them.
?A: Only in one, and it's quite funny. I'll share the whole album with the family.
B: Please do. My mother will want prints of every single one.
A: I'll send the link tonight.""")

add(E, "gift-card", {"who": ["your nephew", "Sarah", "your brother", "my goddaughter"], "shop": ["bookshop", "garden centre", "cinema", "music shop"]},
"""A: It's {who}'s birthday on Sunday, and I have no idea what to give.|What do you think I should get {who} for their birthday?
B: What about a gift card for the {shop}? Then they can choose for themselves.
A: That's a good idea. Isn't it a bit impersonal, though?
B: Not if you write a nice card with it. Everyone likes choosing their own present.
?A: True. How much do people usually put on them?
?B: Twenty or twenty-five is normal, I think.
A: Perfect, I'll pick one up on my way home.""")

add(E, "money-lent", {"amt": ["forty pounds", "twenty quid", "the money for the concert tickets", "sixty pounds"]},
"""A: I've just transferred {amt} back to you. Thanks again for lending it to me.|Just a note to say I've paid you back {amt}. Thanks for helping out!
B: Thank you, there was no rush at all.
A: I know, but I don't like owing people money, even friends.
B: I understand. It arrived safely, by the way.
?A: I owe you a drink as well, for waiting so patiently.
?B: I won't say no to that!
?A: Next Friday, then?
?B: Deal. I'll bring Mike along if that's all right.""")

add(E, "call-invoice", {"inv": ["invoice 2043", "the March invoice", "the quote for the new windows", "the delivery note"]},
"""A: Hi, I've just seen your e-mail about {inv}.|Good afternoon. I have a question about {inv}.
B: Thanks for getting back to me. There seems to be a small mistake in the VAT amount.
A: Can you call me on my number later about the invoice? It's easier to explain on the phone.|Could we talk about it on the phone? My number is 555-01{n2}.
B: Of course. Is three o'clock convenient?
A: Three is fine. I'll have the file open.
?B: Great. I'll also send you a corrected copy to accounts@example.com afterwards.
A: Thank you. Speak to you later.""")

add(E, "lunch-meet", {"place": ["the noodle bar", "the café by the river", "the sandwich shop on the corner", "the canteen"]},
"""A: Where are you? I'm already at {place}.|I'm at {place}. Where are you?
B: Sorry, the meeting ran over. I'm just leaving the office now.
A: No worries. Shall I order for you?
B: Yes, please. The soup of the day and a sparkling water.
?A: Got it. I've found a table by the window.
B: Great, see you in five minutes!|Perfect, I'll be there in five.""")

add(E, "commute", {"line": ["the 8:12 train", "the number 47 bus", "the Northern line", "the ring road"]},
"""A: Are you stuck on {line} as well?|Is {line} a disaster for you this morning too?
B: Yes! We've been standing still for fifteen minutes.
A: Apparently there's a signal problem further up.|Someone said there was a broken-down lorry ahead.
B: I'll let the team know I'll be late for stand-up.
?A: Could you tell them about me too? My battery is nearly flat.
?B: Of course. I'll say we're both on our way.
A: Thanks. See you when we finally get there!""")

add(E, "office", {"task": ["the quarterly report", "the client presentation", "the budget spreadsheet", "the rota for next month"]},
"""A: Have you had a chance to look at {task}?
B: Not yet, sorry. I'll do it straight after lunch.
A: No problem. I just need your comments by Thursday.
B: Understood. Is there any section you want me to focus on?
A: Mainly the figures at the end. I'm not sure I've got the totals right.
?B: I'll double-check them with last year's numbers.
B: I'll send it back to you by tomorrow evening.|You'll have it back by tomorrow at the latest.
A: Brilliant, thanks a lot.""")

add(E, "neighbours", {"thing": ["parcel", "letter", "delivery from the supermarket", "box of books"]},
"""A: Hello! I think I have your {thing}. The courier left it with us this morning.|Hi, there's a {thing} for you here. It was left on our doorstep.
B: Oh, thank you so much! I've been waiting for that all week.
A: Shall I bring it round, or would you like to collect it?
B: I'll pop over in ten minutes, if that's all right.
?A: Of course. I'll put the kettle on.
B: Thanks again. It's lovely to have such helpful neighbours.""")

add(E, "building", {"issue": ["the lift is out of order", "there's no hot water", "the light in the stairwell is broken", "the front door buzzer isn't working"]},
"""A: Good morning. Just to let you know, {issue} again.|Hi, I'm writing from flat 4B. {issue}.
B: Thank you for letting me know. I'll call the maintenance company this morning.
A: Do you know roughly when someone can come?
B: Usually within a day or two. I'll put a note in the entrance hall.
?A: That would be helpful. Mrs. Patel on the top floor will be worried.
?B: I'll knock on her door and explain.
A: Thank you, that's very kind of you.""")

add(E, "car", {"prob": ["makes a grinding noise when I brake", "won't start on cold mornings", "has a warning light on the dashboard", "pulls to the left"]},
"""A: My car {prob}. Do you know a good garage?|Any recommendations for a garage? The car {prob}.
B: I always go to the family garage on Mill Lane. They're honest and not too expensive.
A: Thanks. Do you think it's serious?
B: It's hard to say. Brakes are worth checking quickly, though.|It might just be the battery, but get it looked at.
?A: I'll phone them this afternoon.
B: Ask for Dave and say I sent you.
A: Will do. Thanks for the tip!""")

add(E, "health-appt", {"appt": ["dentist", "eye test", "physiotherapy", "blood test", "GP"]},
"""A: Hello, I'd like to move my {appt} appointment, please. Something has come up at work.
B: Of course. Could you give me your date of birth, please?
A: Yes, it's the twelfth of March, 1978.
B: Thank you. I have Tuesday at 9:40 or Friday at 15:15. Which suits you better?
A: Friday afternoon would be perfect.
?B: That's booked. You'll receive a text reminder the day before.
B: Is there anything else I can help you with?
A: No, that's everything. Thank you very much.""")

add(E, "exercise", {"act": ["running", "swimming", "yoga", "cycling", "the gym"]},
"""A: Are you still going {act} on Tuesday mornings?|How is {act} going?
B: Yes, I try to go twice a week. I feel much better for it.
A: I keep meaning to start again, but I never find the time.
B: Why don't you come with me next week? It's easier with company.
?A: Won't I slow you down?
?B: Not at all. We'll go at your pace.
A: All right, you've convinced me. Tuesday at seven?
B: See you there!""")

add(E, "chess", {"op": ["the Sicilian Defence", "the Queen's Gambit", "the London System", "the King's Indian"]},
"""A: Are we still on for chess at the club on Wednesday?
B: Absolutely. I've been studying {op} all week.
A: Oh dear, I'd better prepare, then.
B: Don't worry, I'll probably forget it all by the third move.
?A: Shall we play a quick online game tonight as a warm-up?
?B: Good idea. Send me an invitation around nine.
A: Deal. May the best player win!""")

add(E, "painting", {"med": ["watercolour", "oil painting", "acrylic painting", "still-life painting"]},
"""A: How is your {med} class going?
B: I love it! Last week we painted a bowl of lemons.
A: Did it turn out well?
B: The lemons look a bit like potatoes, but the teacher was kind about it. 😄
?A: Everyone has to start somewhere. Will you show me?
?B: Only if you promise not to laugh.
A: I'd love to try a class myself one day.
B: There's a beginner group on Mondays. You should come along.""")

add(E, "music-practice", {"inst": ["piano", "violin", "guitar", "cello", "clarinet"]},
"""A: I've finally started learning the {inst} again after twenty years.|Guess what? I've started {inst} lessons.
B: That's fantastic! How does it feel?
A: My fingers are very stiff, but I'm enjoying it.
B: Half an hour of practice a day makes a big difference.
?A: That's what my teacher says too. I'm working on a simple piece by Bach.
?B: Maybe you can play it for us at Christmas.
A: Let's see how it goes. No promises!""")

add(E, "school-parent-teacher", {"child": ["Ella", "Noah", "Leo", "Maya", "Sam"],
                                  "item/info": [("the consent form for the museum trip", "The coach leaves at nine, so children should arrive at the usual time."),
                                                ("the permission slip for the swimming lessons", "Swimming starts next Wednesday, straight after lunch."),
                                                ("the reply slip for the parents' evening", "Parents' evening is on the twentieth, from four until seven."),
                                                ("the form for the school photographs", "The photographer is coming on Monday morning.")]},
"""A: Good evening, {b}. This is {child}'s father. I'm afraid we forgot {item}.|Hello, I'm {child}'s mum. I wanted to ask about {item}.
B: Thank you for getting in touch. Could {child} bring it in tomorrow morning?
A: Of course. I'll put it in the school bag tonight.
B: Perfect, thank you. {info}
?A: Is there anything else we need to prepare?
?B: Nothing else, thank you. Everything is in the newsletter as well.
A: Thank you for your help.""")

add(E, "tutor-parent", {"subj": ["maths", "chemistry", "French", "physics", "English"], "kid": ["Oliver", "Hannah", "Ben", "Sophie"]},
"""A: Hello, this is {kid}'s mother. Can we move Thursday's {subj} lesson to Friday?|Hi, I'm {kid}'s dad. Would it be possible to change the time of the {subj} lesson?
B: Of course. I'm free on Friday from four until six.
A: Four o'clock would be ideal. {kid} has football until half past three.
B: Great. Please ask {kid} to bring the homework sheets from school.
?A: Will do. How is the progress going, in your opinion?
?B: Very well. The last test was much better, and the confidence is growing.
A: That's lovely to hear. Thank you!""")

add(E, "shop", {"item": ["a pair of walking boots", "a kettle", "a winter coat", "a phone case", "a birthday card"]},
"""A: Hello, do you have {item} in stock?|Excuse me, I'm looking for {item}.
B: Yes, we do. Which size or colour were you looking for?
A: Something simple, ideally in dark blue or black.
B: We have two models in black. One is on special offer this week.
?A: Could I try the cheaper one, please?
?B: Of course, here you are. It comes with a two-year guarantee.
A: Perfect, I'll take it. Can I pay by card?
B: Yes, of course. Would you like a bag?""")

add(E, "library-teen", {"topic": ["volcanoes", "the French Revolution", "climate change", "the human heart"]},
"""A: Excuse me, I'm looking for books about {topic} for a school project.
B: Of course. The non-fiction section is on the first floor, on the left.
A: Thank you. How many books can I borrow at once?
B: Up to eight, for three weeks. You'll need your library card.
?A: I think I left my card at home. Can I still borrow them?
?B: No problem, I can find your account at the desk.
A: Great, thanks a lot!
B: You're welcome. Good luck with the project.""")

add(E, "philosophy", {"q": ["Do you think machines can be creative?", "Do you think people are basically good?", "Is it better to be happy or to be right?", "Would you want to know the future if you could?"]},
"""A: Here's a question for a rainy afternoon: {q}
B: That's a big question for a Tuesday! What do you think?
A: I'm not sure. Part of me says yes, and part of me says it depends on the definition.
B: I think it depends on what we mean by it. Most of the interesting debates are about definitions.|I think it depends on what we mean by it. If you mean producing something new and surprising, then perhaps, but if you mean wanting to express something, I'm much less sure.
?A: That sounds like something a philosopher would say.
?B: I did take one philosophy course at university. I've been living off it ever since.
A: Let's continue this over coffee sometime.
B: Gladly. I'll bring my best arguments.""")

add(E, "moving", {"city": ["Manchester", "Bristol", "Glasgow", "Leeds", "Cardiff"]},
"""A: We've finally signed the contract for the new flat in {city}!
B: Congratulations! When do you move?
A: At the end of next month. I'm already dreading the packing.
B: I can lend you some boxes. We kept them all from our last move.
?A: That would save me a trip to the shops. Thank you!
B: And if you need an extra pair of hands on the day, just let me know.
A: You're very kind. I'll pay you in pizza.""")

add(E, "recipe-swap-dinner", {"dish": ["risotto", "chili", "roast chicken", "paella"]},
"""A: Thank you for dinner last night. The {dish} was delicious!
B: I'm glad you enjoyed it. It was lovely to catch up.
A: Could you share the recipe? My partner hasn't stopped talking about it.
B: Of course. I'll write it out and send it this evening.
?A: Next time, it's our turn to host.
?B: We'll hold you to that!""")

add(E, "volunteer", {"event": ["the beach clean-up", "the charity run", "the food bank shift", "the school fair"]},
"""A: Are you still volunteering at {event} on Saturday?
B: Yes, from nine until one. Are you coming?
A: I'd like to. Do I need to register anywhere?
B: Just send your name to the organiser at volunteers@example.com.
?A: What should I bring?
?B: Comfortable shoes, a water bottle and a good mood!
A: Done. See you there!""")

add(E, "bike-repair", {"part": ["the chain", "the back brake", "a flat tyre", "the gears"]},
"""A: Do you know how to fix {part} on a bike?
B: More or less. What's happened?
A: I was cycling to work, and it suddenly stopped working properly.
B: Bring the bike round tonight and we'll look at it together.
?A: Are you sure? I don't want to take up your evening.
?B: It's no trouble. I enjoy tinkering with bikes.
A: Thank you! I'll come by at about seven.""")

add(E, "birthday-plans", {"place": ["the Italian restaurant", "the bowling alley", "the park", "our garden"]},
"""A: What would you like to do for your birthday this year?
B: Nothing big. Maybe dinner at {place} with a few friends.
A: That sounds lovely. Shall I book a table for eight?
B: Yes, please, if you don't mind. Saturday evening would be best.
?A: Any allergies or special diets I should mention?
?B: Only Paul, who is vegetarian.
A: Noted. I'll confirm the booking tomorrow.""")

add(E, "lost-keys", {"place": ["the café", "the gym", "the office kitchen", "the bus"]},
"""A: Have you seen my keys anywhere? I can't find them.
B: Did you have them at {place}?
A: I think so. I remember putting them down next to my coffee.
B: I'll call them and ask. They usually keep lost property behind the counter.
?A: Thank you. I have a spare set at home, but I'd rather find these.
B: Good news: they have them! You can pick them up any time before six.
A: What a relief. Thank you so much!""")

add(E, "astronomy", {"ev": ["the meteor shower", "the lunar eclipse", "the planets lining up", "the northern lights"]},
"""A: Are you going to watch {ev} tonight?
B: I'd like to! What time is the best time to see it?
A: Apparently around midnight, away from the street lights.
B: We could drive up to the hill behind the village.
?A: Good idea. I'll bring a flask of hot chocolate and some blankets.
?B: I'll bring my old binoculars.
A: Let's hope the clouds stay away!""")

add(E, "new-phone-number", {"n": ["555-0142", "555-0173", "555-0118", "555-0190"]},
"""A: Just a quick message to let you know I have a new phone number: {n}.
B: Thanks for letting me know! I'll update my contacts.
A: The old one will stop working at the end of the week.
B: Did you change providers?
A: Yes, the new contract is much cheaper and includes more data.
?B: Good for you. I should look at mine, too.
B: Talk soon!""")

add(E, "plumbing", {"fix": ["the kitchen tap is dripping", "the shower drains very slowly", "the toilet keeps running", "there's a leak under the sink"]},
"""A: Do you have the number of the plumber you used last year? {fix}.|Sorry to bother you, but {fix}. Could you recommend a plumber?
B: Of course. His name is Alan, and his number is 555-0156.
A: Was he reasonably priced?
B: Very fair, and he arrived exactly when he said he would.
?A: That's rare! I'll ring him this afternoon.
A: Thanks a lot, you've saved me a lot of searching.""")
add(E, "bins", {"bin": ["recycling", "garden waste", "general rubbish", "glass"]},
"""A: Do you know if the {bin} collection is still on Thursday this week? It's a bank holiday on Monday.
B: I think it moves to Friday. The council sent a leaflet last month.
A: Ah, I must have thrown it away. In the recycling, at least!
B: Ha! I'll check the council website to be sure.
?B: Yes, it's Friday this week, and back to normal next week.
A: Thanks, that saves me dragging the bin out for nothing.""")

add(E, "crossword", {"clue/ans": [("'Large grey animal with a trunk', eight letters.", "Elephant, surely?"),
                                   ("'Opposite of ancient', six letters.", "Modern?"),
                                   ("'Capital of Italy', four letters.", "Rome. That one is a gift!"),
                                   ("'Instrument with eighty-eight keys', five letters.", "Piano!")]},
"""A: I'm stuck on the crossword again. Can you help?
B: Go on, read me the clue.
A: {clue}
B: {ans}
A: That fits! Thank you. Now I only have three left.
?B: Send me the others if you get stuck. I like a challenge.
A: I'll try on my own first, but thanks.""")

add(E, "board-games", {"game": ["Scrabble", "Ticket to Ride", "Monopoly", "Catan", "a new cooperative game"]},
"""A: Are you free on Friday evening? We're having a games night.
B: I'd love to come! What are you playing?
A: Probably {game}, unless someone brings something new.
B: I'll bring snacks. Should I bring anything else?
?A: A few extra chairs would be helpful, if you have folding ones.
?B: I have two in the garage. I'll bring them.
A: Perfect. We'll start around eight.
B: See you then. Prepare to lose! 😄""")

add(E, "hiking", {"route": ["the ridge walk above the valley", "the coastal path", "the loop around the reservoir", "the forest trail to the waterfall"]},
"""A: The forecast looks good for Sunday. Shall we do {route}?
B: Yes, let's! How long does it take?
A: About four hours, with a stop for lunch.
B: Great. I'll make sandwiches if you bring the map.
?A: Remember your waterproof jacket. The weather changes quickly up there.
?B: Good point. And proper boots this time, not trainers!
A: I'll pick you up at eight, then.
B: Sounds perfect. See you on Sunday.""")

add(E, "museum", {"exh": ["the dinosaur exhibition", "the new Egyptian gallery", "the photography exhibition", "the exhibition on the history of flight"]},
"""A: Have you been to {exh} at the museum yet?
B: Not yet. Is it worth a visit?
A: Definitely. We spent three hours there and didn't see everything.
B: Do you have to book tickets in advance?
A: It's better to book online. The weekends get very busy.
?B: I'll take my parents next week. They'll love it.
A: Let me know what you think!""")

add(E, "language", {"lang": ["Spanish", "Italian", "Japanese", "German", "Portuguese"]},
"""A: I've started learning {lang} for our holiday next year.
B: How exciting! How are you learning?
A: An app on my phone every morning, and an evening class on Wednesdays.
B: That's a good combination. Is it difficult?
A: The pronunciation is tricky, but the teacher is very patient.
?B: My neighbour is a native speaker. I could ask whether she'd practise with you.
?A: That would be really kind. I'd happily pay for a few conversation lessons.
B: Good luck! I'm impressed.""")

add(E, "bread", {"bread": ["sourdough", "a rye loaf", "focaccia", "soda bread"]},
"""A: I tried making {bread} at the weekend. It was a disaster!
B: Oh no, what happened?
A: It didn't rise at all. It was as flat as a pancake.
B: Maybe the water was too hot. It can kill the yeast.
?A: That might be it. I used water straight from the kettle.
B: Try lukewarm water next time. It should feel like a warm bath.
A: I'll give it another go on Saturday. Wish me luck!""")

add(E, "coffee-machine", {"prob": ["is leaking again", "only makes lukewarm coffee", "says 'descale' every five minutes", "has run out of beans"]},
"""A: Just a warning: the coffee machine in the kitchen {prob}.
B: Oh no. That's the third time this month!
A: I've put a note on it and e-mailed facilities.
B: Thank you. Shall we pop out to the café at eleven instead?
?A: Good idea. I need a proper coffee before the budget meeting.
B: Great, I'll meet you at the lifts.""")

add(E, "new-colleague", {"thing": ["your laptop", "your security badge", "access to the shared drive", "the login for the booking system"]},
"""A: Welcome to the team! Has everything been set up for you?
B: Thank you! Mostly, but I'm still waiting for {thing}.
A: That usually takes a day or two. IT are a bit busy this week.
B: No problem. Who should I ask if it doesn't arrive?
A: Send a ticket to helpdesk@example.com and copy me in. I'll chase it.
?B: Thanks. Also, where do people usually have lunch?
?A: Most of us go to the canteen on the ground floor at about half past twelve. Join us today!
B: I'd like that. Thank you for making me feel welcome.""")

add(E, "insurance", {"kind": ["car insurance", "home insurance", "travel insurance", "phone contract"]},
"""A: My {kind} is up for renewal, and the price has gone up by thirty percent!
B: That's outrageous. Have you compared other providers?
A: Not yet. Do you have any recommendations?
B: I switched last year and saved quite a bit. I'll send you the name of the company.
?A: Did you have to call them, or was it all online?
?B: All online. It took about ten minutes.
A: Thanks, I'll have a look tonight.
B: Also, ring your current provider first. They often offer a discount if you say you're leaving.""")

add(E, "photography", {"subj": ["birds at the nature reserve", "the old harbour at sunrise", "the autumn colours in the park", "street markets in town"]},
"""A: I went out with my new camera this morning to photograph {subj}.
B: How did it go? Did you get any good shots?
A: A few! Most of them were blurry, but two came out really well.
B: Send me a picture of your favourite one. I'd love to see it.
A: I'll send it this evening, once I've edited it on the laptop.
?B: Are you going to enter the club competition this year?
?A: Maybe. The theme is 'light and shadow', which suits this one.
B: You should. I'm sure you'd do well.""")

add(E, "tax", {"doc": ["tax return", "expenses claim", "pension form", "council tax form"]},
"""A: Have you done your {doc} yet? The deadline is at the end of the month.
B: Don't remind me! I've been putting it off for weeks.
A: Me too. I'm planning to do it on Sunday with a large pot of coffee.
B: That sounds like a plan. Let's both do it and celebrate afterwards.
?A: Deal. Whoever finishes first buys the cake.
A: Good luck!""")

add(E, "vet-cat-sitting", {"pet": ["cat", "dog", "guinea pigs", "goldfish"]},
"""A: Would you mind looking after our {pet} while we're away next week?
B: Not at all. What do I need to do?
A: Just food in the morning and evening, and fresh water. I'll leave instructions on the fridge.
B: No problem. When do you leave?
A: On Saturday morning. We're back the following Friday.
?B: Shall I water the plants while I'm there?
?A: That would be lovely, thank you.
A: I'll drop the spare key round on Friday evening.
B: Have a lovely holiday!""")

add(E, "concert", {"band": ["the folk band from Galway", "the city orchestra", "the jazz trio at the Blue Note", "the choir at the cathedral"]},
"""A: We went to see {band} on Saturday. It was wonderful!
B: Oh, I'm so jealous. I couldn't get tickets.
A: They're playing again in March. Shall I let you know when the tickets go on sale?
B: Yes, please! I'd love to go.
?A: I'll set a reminder on my phone.
B: Thank you. Let's go together next time.""")

add(E, "where-are-you-meeting", {"place": ["the main entrance", "the second-floor meeting room", "the reception desk", "the car park"]},
"""A: Where are you? The client has just arrived.|The client is here. Where are you?
B: I'm on my way down. I was printing the contracts.
A: No problem. I'll take them to {place} and offer them a coffee.
B: Thanks. Tell them I'll be there in two minutes.
?A: Don't forget the samples!
?B: I've got them. See you in a moment.""")
add(E, "family-trip-long", {"dest": ["Cornwall", "the Lake District", "Brittany", "the Scottish Highlands"], "mode": ["car", "train"]},
"""A: I've been looking at cottages in {dest} for the summer. Are you still keen on a family trip?
B: Very keen! The children haven't stopped talking about it since Christmas.
A: I've found two options. One sleeps eight and has a big garden, and the other is right by the beach but a bit smaller.
B: The garden sounds better with four children and two grandparents. Is it far from the sea?
A: About fifteen minutes on foot, or five minutes by {mode}.
B: That's fine. How much is it for the week?
A: Around nine hundred in total, so if we split it between our two families, it's quite reasonable.
B: Perfect. Shall I transfer my half of the deposit to you, or do you want to book it separately?
A: Send it to me, and I'll book everything in one go. I'll forward you the confirmation.
?B: Great. Mum asked whether there's a downstairs bedroom, because the stairs are difficult for Dad now.
?A: Good question. I'll ask the owner before I book and let you know tonight.
B: Thank you for organising all of this. It's going to be a lovely week!
A: I'm really looking forward to it. I'll start a shopping list for the first evening.""")

add(E, "kitchen-renovation-long", {"part": ["the worktops", "the tiles", "the cupboard doors", "the flooring"]},
"""A: How is the kitchen renovation going? You said the builders started on Monday.
B: Slowly, to be honest. They've taken out the old units, but {part} were delivered in the wrong colour, so everything has stopped until Thursday.
A: Oh no, how annoying. Are you managing without a kitchen?
B: Just about. We have a microwave and a kettle in the living room, and we've been eating a lot of salads.
?A: Come round for dinner on Wednesday. I'm making a big pot of chilli anyway.
?B: Are you sure? That would be wonderful. The children would be delighted.
A: Of course. Bring them along, there's plenty of space.
B: Thank you. I'll bring dessert, at least, even if it's from the shop!
A: Shop-bought dessert is the best kind. See you at half past six.
B: See you then. And thanks again, you're a lifesaver.""")

add(E, "long-tech-explain", {"dev": ["my mother's new tablet", "the family computer", "my dad's smart TV"]},
"""A: Could I ask for your advice? I'm setting up {dev}, and I'm not sure which settings to choose.
B: Of course. What's the problem?
A: It keeps asking whether to turn on automatic updates, location services and a lot of other things I don't understand.
B: I'd turn on automatic updates, because they fix security problems, and switch off location services unless she needs maps.
A: That makes sense. What about the backup option? It asks for a cloud account.
B: A backup is a good idea, so her photos are safe if the device breaks. Use a strong password and write it down somewhere safe at home.
?A: She'll definitely forget it otherwise. Should I also set up a PIN for the screen?
?B: Yes, a simple six-digit PIN is fine. Choose something she can remember, but not her birthday.
A: Thank you, that's really helpful. I'll finish it this evening.
B: Let me know if anything else comes up. I'm happy to help.""")
# ---------------------------------------------------------------- Spanish
S = "es"
add(S, "tech-impresora", {"dev": ["la impresora", "el escáner", "la fotocopiadora"]},
"""A: Hola, {b}. ¿Te funciona {dev} de la segunda planta?|Buenos días, {b}. ¿Sabes si {dev} funciona hoy?
B: No, sale un mensaje de error y se para.
A: Vaya. ¿Me mandas una foto del mensaje de error? Se lo paso a informática.
B: Claro, te la envío ahora mismo.
?A: Gracias. Necesito imprimir el informe antes de la reunión de las once.
B: Puedes usar la de recepción mientras tanto.|Si quieres, imprime desde mi ordenador.""")

add(S, "router", {"x": ["el salón", "el despacho", "la cocina"]},
"""A: Se me corta internet todo el rato en {x}. ¿Qué puedo hacer?
B: Reinicia el router y revisa los cables. Parece una tontería, pero suele funcionar.
A: Ya lo hice esta mañana y duró una hora.
B: ¿Cuántos años tiene el router?
A: Nos lo dio la compañía cuando nos mudamos, hace unos siete años.
?B: Entonces pide uno nuevo. Normalmente lo cambian gratis.
A: Buena idea, los llamo mañana. ¡Gracias!""")

add(S, "cocina", {"plato": ["una tortilla de patatas", "un gazpacho", "unas lentejas", "una paella de verduras"]},
"""A: Esta noche voy a preparar {plato}, pero nunca la he hecho. ¿Algún consejo?|¿Me pasas tu receta de {plato}?
B: ¡Claro! El secreto es no tener prisa y usar un buen aceite de oliva.
A: ¿Cuánto tiempo se tarda, más o menos?
B: Una hora, con todo preparado.
?A: ¿Me mandas las cantidades exactas?
?B: Te hago una foto de la receta y te la envío.
A: ¡Mil gracias! Ya te contaré qué tal sale.""")

add(S, "futbol", {"eq": ["el Betis", "el equipo del barrio", "la selección"], "res": ["dos a uno", "tres a cero", "uno a cero"]},
"""A: ¿Viste el partido de anoche?
B: ¡Sí! {eq} ganó {res}, aunque sufrimos mucho en la primera parte.
A: El gol del final fue increíble. Salté del sofá.
B: Yo también. Seguro que me oyeron los vecinos.
?A: ¿Vamos juntos al próximo partido en casa?
?B: Me encantaría, si conseguimos entradas.
?A: Miro la web esta noche y te digo algo.""")

add(S, "recoger", {"lugar": ["la estación", "el aeropuerto", "la parada del autobús"], "hora": ["las seis", "las siete y media", "las nueve"]},
"""A: El tren va con veinte minutos de retraso, lo siento.
B: No pasa nada. Te recojo en {lugar} a {hora}.
A: Eres un sol. ¿Compro algo para cenar?
B: No hace falta, ya lo tengo todo.
?A: ¿Dónde vas a aparcar?
?B: En el aparcamiento de corta estancia. Llámame al salir.
A: Perfecto. ¡Hasta ahora!""")

add(S, "fiesta-sorpresa", {"quien": ["papá", "la abuela", "nuestra jefa", "Luis"]},
"""A: ¡No le cuentes a nadie lo de la fiesta sorpresa todavía! {quien} no puede enterarse.
B: Soy una tumba. ¿Cuándo es?
A: El sábado a las ocho, en casa de mi hermana.
B: ¿Necesitas ayuda? Puedo llevar una tarta.
?A: Sería genial. ¿De chocolate?
?B: Hecho. Va a ser muy divertido.
A: ¡Gracias! Ya te mando la dirección.""")

add(S, "trabajo", {"puesto": ["el puesto de jefe de almacén", "el trabajo en el hospital", "la plaza de cocinero en el hotel"]},
"""A: ¿Al final te dieron {puesto}?
B: ¡Sí, me llamaron ayer! El trabajo está bien pagado, pero el horario es largo.
A: ¡Enhorabuena! ¿Cuántas horas son?
B: Unas cincuenta a la semana, con algún fin de semana.
A: Es mucho. ¿Crees que merece la pena?
B: Un par de años, sí. Queremos ahorrar para un piso.
?A: Pues a celebrarlo el viernes.""")

add(S, "prestamo", {"cant": ["cuarenta euros", "el dinero de las entradas", "veinte euros"]},
"""A: Te acabo de hacer una transferencia con {cant}. ¡Gracias otra vez por prestármelo!
B: Gracias a ti, no había ninguna prisa.
A: Ya, pero no me gusta deber dinero, ni siquiera a los amigos.
B: Te entiendo. Ya me ha llegado, por cierto.
?A: Te debo un café por la paciencia.
?B: ¡No te lo voy a rechazar!""")

add(S, "tutor", {"hijo": ["Pablo", "Lucía", "Hugo"], "asig": ["matemáticas", "inglés", "física"]},
"""A: Hola, soy la madre de {hijo}. ¿Podemos pasar la clase de {asig} del jueves al viernes?
B: Claro que sí. El viernes estoy libre de cuatro a seis.
A: A las cuatro sería perfecto. {hijo} tiene entrenamiento hasta las tres y media.
B: Estupendo. Que traiga las fichas de deberes del colegio, por favor.
?A: ¿Qué tal va, en su opinión?
?B: Muy bien. El último examen salió mucho mejor.
A: ¡Qué alegría! Muchas gracias.""")

add(S, "tienda", {"art": ["unas botas de montaña", "un hervidor de agua", "un abrigo de invierno", "una funda para el móvil"]},
"""A: Buenas tardes. ¿Tienen {art}?
B: Sí, claro. ¿Qué talla o color busca?
A: Algo sencillo, en negro o azul oscuro.
B: Tenemos dos modelos en negro. Uno está de oferta esta semana.
?A: ¿Puedo ver el más barato?
A: Me lo llevo. ¿Puedo pagar con tarjeta?
B: Por supuesto. ¿Quiere una bolsa?""")

add(S, "filosofia", {"q": ["¿Crees que las máquinas pueden ser creativas?", "¿Es mejor ser feliz o tener razón?", "¿Te gustaría saber el futuro?"]},
"""A: Una pregunta para una tarde de lluvia: {q}
B: ¡Qué pregunta para un martes! ¿Tú qué piensas?
A: No lo sé. Depende mucho de cómo lo definamos.
B: Estoy de acuerdo. Casi todos los debates interesantes son sobre definiciones.
?A: Hablas como un filósofo.
A: Lo seguimos hablando con un café.|Otro día lo seguimos, con un café delante.""")

add(S, "vecinos", {"cosa": ["un paquete", "una carta", "una caja de libros"]},
"""A: ¡Hola! Creo que tengo algo tuyo: {cosa}. El repartidor lo dejó aquí esta mañana.
B: ¡Muchas gracias! Lo estaba esperando toda la semana.
A: ¿Te lo llevo o prefieres pasar tú?
B: Paso en diez minutos, si te va bien.
?A: Claro. Pongo el café.
B: Da gusto tener vecinos así.""")

add(S, "triste", {"ev": ["han cancelado el partido", "ha cerrado mi cafetería favorita", "ha llovido todo mi día libre"]},
"""A: ¿Qué tal el día?
B: La verdad, un poco triste. {ev}.
A: Vaya, qué pena. Sé que te hacía ilusión.
B: Sí, pero bueno, no es el fin del mundo.
?A: ¿Un té y un trozo de bizcocho ayudarían?
?B: Siempre ayudan. 🙂
A: Este fin de semana hacemos algo bonito para compensar.""")
# ---------------------------------------------------------------- Portuguese
P = "pt"
add(P, "webcam", {"r": ["a reunião", "a chamada com o cliente", "a entrevista"]},
"""A: A minha webcam não está a funcionar para {r}. Só aparece um ecrã preto.
B: Há outro programa a usar a câmara? Às vezes isso acontece.
A: Acho que não, mas vou fechar tudo e tentar outra vez.
?B: Vê também a pequena tampa por cima da lente.
A: Era mesmo a tampa! Que vergonha. 😅
B: Acontece a todos. Até já!""")

add(P, "portatil", {"p": ["a ventoinha faz imenso barulho", "a bateria dura uma hora", "demora cinco minutos a ligar"]},
"""A: O meu portátil está a dar comigo em doido: {p}.
B: Quantos anos tem o portátil?
A: Comprei-o quando comecei neste emprego, há uns seis anos.
B: Já teve uma boa vida. Podes tentar reinstalar o sistema primeiro.
?A: É difícil? Não quero perder as fotografias.
B: Faz uma cópia de segurança antes. Posso ajudar-te no sábado.
A: Seria ótimo! Eu levo o café.""")

add(P, "receita", {"prato": ["bacalhau à Brás", "arroz de pato", "caldo verde", "bolo de laranja"]},
"""A: Ainda tens a tua receita de {prato}?
B: Tenho! O segredo é não ter pressa.
A: Quanto tempo demora, mais ou menos?
B: Cerca de uma hora, com tudo preparado.
?A: Podes enviar-me as quantidades?
?B: Tiro uma fotografia à página e mando-ta já.
A: Obrigada! Depois digo-te como ficou.""")

add(P, "futebol", {"eq": ["o Benfica", "o Porto", "a nossa equipa", "a seleção"], "res": ["dois a um", "três a zero", "um a zero"]},
"""A: Viste o jogo ontem à noite?
B: Vi! {eq} ganhou {res}, mas sofremos muito na primeira parte.|Só a segunda parte. Acabou {res}, não foi?
A: Aquele golo no fim foi incrível.
B: Gritei tanto que os vizinhos devem ter ouvido.
?A: Vamos juntos ao próximo jogo em casa?
A: Vou ver os bilhetes esta noite.""")

add(P, "boleia", {"l": ["a estação", "o aeroporto", "a paragem do autocarro"], "h": ["às seis", "às sete e meia", "às nove"]},
"""A: O comboio está atrasado vinte minutos, desculpa.
B: Não faz mal. Vou buscar-te à {l} {h}.|Sem problema. Apanho-te {h} na {l}.
A: És um anjo. Compro alguma coisa para o jantar?
B: Não é preciso, já comprei tudo.
?A: Onde vais estacionar?
?B: No parque de curta duração. Liga-me quando saíres.
A: Perfeito. Até já!""")

add(P, "emprego", {"e": ["o lugar de gerente do armazém", "o trabalho no hospital", "o contrato na fábrica"]},
"""A: Então, conseguiste {e}?
B: Consegui! O trabalho paga bem, mas o horário é longo.
A: Parabéns! Quantas horas por semana?
B: Cerca de cinquenta, com alguns fins de semana.
A: É muito. Achas que vale a pena?
B: Durante dois anos, sim. Queremos poupar para uma casa.
?A: Então vamos celebrar no sábado!""")

add(P, "presente", {"q": ["o teu sobrinho", "a Marta", "o teu irmão"], "loja": ["livraria", "loja de música", "florista"]},
"""A: É o aniversário d{q} no domingo e não sei o que oferecer.
B: Que tal um cartão-presente da {loja}? Assim escolhe o que quiser.
A: Boa ideia. Não é um bocado impessoal?
B: Não, se escreveres um bom postal. Toda a gente gosta de escolher.
?A: Quanto se costuma pôr?
?B: Vinte ou vinte e cinco euros, acho eu.
A: Perfeito, compro um a caminho de casa.""")

add(P, "vizinhos", {"x": ["o elevador está avariado", "não há água quente", "a luz das escadas não funciona"]},
"""A: Bom dia. Só para avisar que {x} outra vez.
B: Obrigado pelo aviso. Ligo à empresa de manutenção esta manhã.
A: Sabe quando podem vir?
B: Normalmente em um ou dois dias. Vou pôr um aviso na entrada.
?A: Ótimo. A D. Rosa do último andar vai ficar preocupada.
?B: Eu passo lá para lhe explicar.
A: Muito obrigado, é muito amável.""")

add(P, "explicador", {"f": ["o Tiago", "a Inês", "o Duarte"], "d": ["matemática", "inglês", "física"]},
"""A: Olá, sou a mãe d{f}. Podemos mudar a explicação de {d} de quinta para terça?
B: Claro. Na terça estou livre das quatro às seis.
A: Às quatro seria perfeito. Há treino até às três e meia.
B: Ótimo. Peça para trazer as fichas de trabalho da escola, por favor.
?A: Como está a correr, na sua opinião?
?B: Muito bem. O último teste correu muito melhor.
A: Que bom! Muito obrigada.""")

add(P, "filosofia", {"q": ["Achas que as máquinas podem ser criativas?", "As pessoas são boas por natureza?", "Gostavas de saber o futuro?"]},
"""A: Uma pergunta para uma tarde de chuva: {q}
B: Grande pergunta para uma terça-feira! E tu, o que achas?
A: Não sei bem. Depende muito da definição.
B: Concordo. Os debates mais interessantes são quase sempre sobre definições.
?A: Falas como um filósofo!
A: Continuamos a conversa num café.""")

# ---------------------------------------------------------------- French
F = "fr"
add(F, "imprimante", {"err": ["un bourrage papier", "un voyant orange qui clignote", "un message d'erreur E-04"]},
"""A: Bonjour {b}, l'imprimante du deuxième étage fonctionne chez toi ?
B: Pas vraiment. Elle affiche {err}.
A: C'est ce que je pensais. Tu peux m'envoyer une photo du message d'erreur ? Je la transmets au service informatique.
B: Bien sûr, je te l'envoie tout de suite.
?A: Merci ! Je dois imprimer les documents avant la réunion de quatorze heures.
B: Tu peux utiliser celle de l'accueil en attendant.""")

add(F, "ordi", {"p": ["le ventilateur fait un bruit terrible", "la batterie ne tient qu'une heure", "il met cinq minutes à démarrer"]},
"""A: Mon ordinateur portable me rend fou : {p}.
B: Il a quel âge, ton ordinateur ?
A: Je l'ai acheté quand j'ai commencé ce poste, il y a environ six ans.
B: C'est déjà pas mal. Tu pourrais essayer de réinstaller le système.
?A: C'est compliqué ? Je ne veux pas perdre mes photos.
B: Fais d'abord une sauvegarde. Je peux t'aider samedi si tu veux.
A: Ce serait génial. J'apporte les croissants !""")

add(F, "cuisine", {"plat": ["une quiche lorraine", "un bœuf bourguignon", "une tarte aux pommes", "une ratatouille"]},
"""A: Je prépare {plat} ce soir, mais c'est la première fois. Un conseil ?
B: Oui ! Le secret, c'est de prendre son temps et de bien goûter.
A: Ça prend combien de temps, à peu près ?
B: Une bonne heure, préparation comprise.
?A: Tu peux m'envoyer les quantités exactes ?
?B: Je prends la page en photo et je te l'envoie.
A: Merci beaucoup ! Je te dirai comment c'était.""")

add(F, "rendez-vous", {"m": ["le dentiste", "l'ophtalmologue", "le kinésithérapeute"]},
"""A: Bonjour, je voudrais déplacer mon rendez-vous chez {m}, s'il vous plaît.
B: Bien sûr. Quel est votre nom ?
A: {a} Martin. J'avais rendez-vous jeudi à dix heures.
B: Je peux vous proposer mardi à 9 h 40 ou vendredi à 15 h 15.
A: Vendredi après-midi, ce serait parfait.
?B: C'est noté. Vous recevrez un rappel la veille.
A: Merci beaucoup, bonne journée !""")

add(F, "gare", {"l": ["la gare", "l'aéroport", "l'arrêt de bus"], "h": ["dix-huit heures", "dix-neuf heures trente", "vingt et une heures"]},
"""A: Mon train a vingt minutes de retard, désolé.
B: Pas de souci. Je viens te chercher à {l} à {h}.
A: Tu es un ange. Je prends quelque chose pour le dîner ?
B: Pas besoin, j'ai déjà tout acheté.
?A: Tu te gares où ?
?B: Au parking minute, devant l'entrée principale. Appelle-moi en sortant.
A: Parfait, à tout à l'heure !""")

add(F, "surprise", {"q": ["Papa", "Mamie", "notre directrice", "Julien"]},
"""A: Ne dis encore rien à personne pour la fête surprise ! {q} ne doit surtout pas le savoir.
B: Motus et bouche cousue. C'est quand, déjà ?
A: Samedi à dix-neuf heures, chez ma sœur.
B: Tu as besoin d'aide ? Je peux apporter un gâteau.
?A: Avec plaisir ! Au chocolat, si possible.
B: C'est noté. Ça va être super !""")

add(F, "meteo", {"w": ["l'orage d'hier soir", "toute cette pluie", "la canicule"]},
"""A: Est-ce que {w} a fait des dégâts chez vous ?
B: Une branche est tombée dans le jardin, rien de grave. Et chez vous ?
A: Le panneau de la clôture s'est encore envolé. Je le réparerai ce week-end.
?B: J'ai des vis et des équerres en trop, si tu veux.
B: La météo annonce du calme pour demain, au moins.
A: J'espère bien. J'aimerais enfin faire sécher mon linge dehors.""")

add(F, "libraire", {"t": ["les volcans", "la Révolution française", "le corps humain"]},
"""A: Bonjour, je cherche des livres sur {t} pour un exposé à l'école.
B: Bien sûr. Les documentaires sont au premier étage, à gauche.
A: Merci. Combien de livres est-ce que je peux emprunter ?
B: Jusqu'à huit, pour trois semaines. Il faut ta carte de bibliothèque.
?A: Je crois que je l'ai oubliée à la maison.
?B: Ce n'est pas grave, je retrouve ton compte à l'accueil.
A: Super, merci beaucoup !""")

add(F, "philo", {"q": ["Tu crois que les machines peuvent être créatives ?", "Vaut-il mieux être heureux ou avoir raison ?", "Tu voudrais connaître l'avenir ?"]},
"""A: Une question pour un après-midi pluvieux : {q}
B: Quelle question pour un mardi ! Et toi, qu'en penses-tu ?
A: Je ne sais pas. Tout dépend de la définition.
B: Je suis d'accord. Les débats intéressants portent presque toujours sur les définitions.
?A: On dirait un vrai philosophe.
A: On en reparle autour d'un café ?""")

add(F, "pret", {"s": ["les quarante euros", "l'argent des billets de concert", "les vingt euros"]},
"""A: Je viens de te rembourser {s}. Merci encore de m'avoir dépanné !
B: Merci à toi, il n'y avait aucune urgence.
A: Je sais, mais je n'aime pas devoir de l'argent, même à des amis.
B: Je comprends. C'est bien arrivé, en tout cas.
?A: Je t'offre un verre vendredi pour te remercier.
?B: Je ne dirai pas non !""")
# ---------------------------------------------------------------- German
D = "de"
add(D, "drucker", {"err": ["einen Papierstau", "eine blinkende orange Lampe", "den Fehlercode E-04"]},
"""A: Hallo {b}, funktioniert bei dir der Drucker im zweiten Stock?
B: Nicht wirklich. Er zeigt {err} an.
A: Das dachte ich mir. Schickst du mir ein Foto von der Fehlermeldung? Ich leite es an die IT weiter.
B: Klar, ich schicke es dir gleich.
?A: Danke! Ich muss die Unterlagen vor dem Meeting um zwei ausdrucken.
B: Du kannst solange den Drucker am Empfang benutzen.""")

add(D, "router", {"r": ["im Wohnzimmer", "im Arbeitszimmer", "in der Küche"]},
"""A: Das WLAN bricht {r} ständig ab. Hast du eine Idee?
B: Starte den Router neu und prüf die Kabel. Klingt banal, hilft aber oft.
A: Habe ich heute Morgen gemacht, und eine Stunde lang ging es.
B: Wie alt ist dein Router denn?
A: Den hat uns der Anbieter beim Einzug gegeben, also etwa sieben Jahre.
?B: Dann frag nach einem neuen. Meistens tauschen sie ihn kostenlos aus.
A: Gute Idee, ich rufe morgen an. Danke!""")

add(D, "kochen", {"g": ["einen Linseneintopf", "einen Apfelstrudel", "Käsespätzle", "eine Gemüselasagne"]},
"""A: Ich koche heute Abend {g}, aber zum ersten Mal. Hast du einen Tipp?
B: Ja! Nimm dir Zeit und schmeck zwischendurch gut ab.
A: Wie lange dauert das ungefähr?
B: Etwa eine Stunde, mit Vorbereitung.
?A: Kannst du mir die genauen Mengen schicken?
?B: Ich fotografiere dir die Seite aus dem Kochbuch.
A: Vielen Dank! Ich erzähle dir, wie es geworden ist.""")

add(D, "fussball", {"t": ["der VfL", "unser Verein", "die Nationalmannschaft"], "e": ["zwei zu eins", "drei zu null", "eins zu null"]},
"""A: Hast du gestern das Spiel gesehen?
B: Ja! {t} hat {e} gewonnen, aber die erste Halbzeit war nervenaufreibend.
A: Das Tor in der letzten Minute war großartig.
B: Ich habe so laut gejubelt, dass die Nachbarn es bestimmt gehört haben.
?A: Gehen wir zusammen zum nächsten Heimspiel?
?B: Gern, wenn wir noch Karten bekommen.
?A: Ich schaue heute Abend auf der Webseite nach.""")

add(D, "abholen", {"o": ["am Bahnhof", "am Flughafen", "an der Bushaltestelle"], "z": ["um sechs", "um halb acht", "um neun"]},
"""A: Mein Zug hat leider zwanzig Minuten Verspätung.
B: Kein Problem. Ich hole dich dann {z} {o} ab.
A: Du bist ein Schatz. Soll ich noch etwas fürs Abendessen mitbringen?
B: Nicht nötig, ich habe schon alles eingekauft.
?A: Wo parkst du?
?B: Auf dem Kurzzeitparkplatz vor dem Haupteingang. Ruf mich an, wenn du rauskommst.
A: Perfekt, bis gleich!""")

add(D, "job", {"s": ["die Stelle als Lagerleiter", "den Job im Krankenhaus", "die Stelle als Küchenchef im Hotel"]},
"""A: Und, hast du {s} bekommen?
B: Ja, gestern kam die Zusage! Der Job ist gut bezahlt, aber die Arbeitszeiten sind lang.
A: Glückwunsch! Wie viele Stunden sind es denn?
B: Etwa fünfzig pro Woche, manchmal auch am Wochenende.
A: Das ist viel. Lohnt es sich?
B: Für ein paar Jahre schon. Wir sparen für eine Wohnung.
?A: Dann lass uns am Freitag darauf anstoßen!""")

add(D, "nachbarn", {"x": ["der Aufzug ist kaputt", "es gibt kein warmes Wasser", "das Licht im Treppenhaus geht nicht"]},
"""A: Guten Morgen! Ich wollte nur Bescheid sagen: {x}.
B: Danke für den Hinweis. Ich rufe heute Vormittag die Hausverwaltung an.
A: Wissen Sie ungefähr, wann jemand kommen kann?
B: Meistens innerhalb von ein, zwei Tagen. Ich hänge einen Zettel in den Eingang.
?A: Sehr gut. Frau Keller aus dem vierten Stock macht sich sonst Sorgen.
?B: Ich klingele kurz bei ihr und erkläre es.
A: Vielen Dank, das ist sehr nett.""")

add(D, "nachhilfe", {"k": ["Lena", "Paul", "Mia"], "f": ["Mathe", "Englisch", "Chemie"]},
"""A: Guten Tag, hier ist die Mutter von {k}. Können wir die {f}-Stunde von Donnerstag auf Freitag verschieben?
B: Natürlich. Am Freitag habe ich von vier bis sechs Zeit.
A: Vier Uhr wäre ideal. {k} hat bis halb vier Training.
B: Prima. Bitte die Arbeitsblätter aus der Schule mitbringen.
?A: Wie läuft es denn aus Ihrer Sicht?
?B: Sehr gut. Die letzte Klassenarbeit war deutlich besser.
A: Das freut mich sehr. Vielen Dank!""")

add(D, "philosophie", {"q": ["Glaubst du, Maschinen können kreativ sein?", "Ist es besser, glücklich zu sein oder recht zu haben?", "Würdest du gern die Zukunft kennen?"]},
"""A: Eine Frage für einen verregneten Nachmittag: {q}
B: Große Frage für einen Dienstag! Was meinst du denn?
A: Ich weiß es nicht genau. Es hängt stark von der Definition ab.
B: Sehe ich genauso. Die spannendsten Debatten drehen sich meistens um Definitionen.
?A: Du klingst wie ein echter Philosoph.
A: Lass uns das bei einem Kaffee weiterbesprechen.""")

add(D, "geschenk", {"l": ["Buchhandlung", "Gärtnerei", "Parfümerie"]},
"""A: Am Sonntag hat meine Patentante Geburtstag, und ich habe keine Idee für ein Geschenk.
B: Wie wäre es mit einem Gutschein für die {l}? Dann kann sie selbst aussuchen.
A: Gute Idee. Ist das nicht ein bisschen unpersönlich?
B: Nicht, wenn du eine schöne Karte dazu schreibst.
?A: Wie viel schenkt man da normalerweise?
?B: Zwanzig oder fünfundzwanzig Euro, würde ich sagen.
A: Perfekt, ich hole auf dem Heimweg einen.""")

# ---------------------------------------------------------------- Dutch
N = "nl"
add(N, "printer", {"err": ["een papierstoring", "een knipperend oranje lampje", "foutcode E-04"]},
"""A: Hoi {b}, doet de printer op de tweede verdieping het bij jou?
B: Niet echt. Hij geeft {err}.
A: Dat dacht ik al. Kun je me een foto van de foutmelding sturen? Dan stuur ik die door naar de IT-afdeling.
B: Natuurlijk, ik stuur hem zo.
?A: Bedankt! Ik moet de hand-outs nog printen voor de vergadering van twee uur.
B: Je kunt zolang de printer bij de receptie gebruiken.""")

add(N, "laptop", {"p": ["de ventilator maakt veel lawaai", "de batterij houdt het maar een uur vol", "hij doet er vijf minuten over om op te starten"]},
"""A: Mijn laptop maakt me gek: {p}.
B: Hoe oud is je laptop eigenlijk?
A: Ik kocht hem toen ik bij deze baan begon, zo'n zes jaar geleden.
B: Dan heeft hij het goed volgehouden. Je kunt eerst het systeem opnieuw installeren.
?A: Is dat moeilijk? Ik wil mijn foto's niet kwijtraken.
B: Maak eerst een back-up. Ik kan je zaterdag helpen als je wilt.
A: Graag! Ik neem koffie en stroopwafels mee.""")

add(N, "koken", {"g": ["erwtensoep", "stamppot boerenkool", "appeltaart", "een groentelasagne"]},
"""A: Ik maak vanavond {g}, maar ik heb het nog nooit gemaakt. Heb je een tip?
B: Ja! Neem er de tijd voor en proef tussendoor goed.
A: Hoe lang duurt het ongeveer?
B: Een uurtje, inclusief voorbereiding.
?A: Kun je me de precieze hoeveelheden sturen?
?B: Ik maak een foto van het recept en stuur hem meteen.
A: Dank je wel! Ik laat weten hoe het is geworden.""")

add(N, "fietsen", {"d": ["de ketting", "de achterrem", "een lekke band"]},
"""A: Weet jij hoe je {d} van een fiets repareert?
B: Min of meer. Wat is er gebeurd?
A: Ik fietste naar mijn werk en ineens deed hij het niet meer goed.
B: Kom vanavond langs, dan kijken we er samen naar.
?A: Weet je het zeker? Ik wil je avond niet in beslag nemen.
?B: Geen moeite, ik vind sleutelen aan fietsen leuk.
A: Top! Ik kom rond zeven uur.""")

add(N, "ophalen", {"o": ["het station", "Schiphol", "de bushalte bij de bibliotheek"], "t": ["zes uur", "half acht", "negen uur"]},
"""A: Mijn trein heeft helaas twintig minuten vertraging.
B: Geen probleem. Ik haal je om {t} op bij {o}.
A: Je bent een schat. Zal ik nog iets voor het eten meenemen?
B: Hoeft niet, ik heb alles al in huis.
?A: Waar parkeer je?
?B: Bij kort parkeren, vlak bij de hoofdingang. Bel me als je buiten staat.
A: Perfect, tot zo!""")

add(N, "verrassing", {"w": ["papa", "oma", "onze teamleider", "Joost"]},
"""A: Vertel nog niemand over het plan voor het verrassingsfeest! {w} mag het echt niet weten.
B: Mijn lippen zijn verzegeld. Wanneer is het ook alweer?
A: Zaterdag om zeven uur, bij mijn zus thuis.
B: Kan ik ergens mee helpen? Ik kan een taart meenemen.
?A: Graag! Chocolade, als het kan.
B: Komt goed. Dit wordt echt leuk!""")

add(N, "weer", {"w": ["de storm van vannacht", "al die regen", "de hittegolf"]},
"""A: Heeft {w} bij jullie nog schade gedaan?
B: Er is een tak in de tuin gevallen, maar niets ernstigs. En bij jullie?
A: Ons schuttingdeel is weer omgewaaid. Ik repareer het dit weekend.
?B: Ik heb nog schroeven en beugels over, als je wilt.
B: Morgen wordt het in elk geval rustiger.
A: Dat hoop ik. Ik wil eindelijk de was buiten kunnen hangen.""")

add(N, "winkel", {"a": ["wandelschoenen", "een waterkoker", "een winterjas", "een telefoonhoesje"]},
"""A: Goedemiddag, heeft u {a}?
B: Ja, zeker. Welke maat of kleur zoekt u?
A: Iets eenvoudigs, het liefst in zwart of donkerblauw.
B: We hebben twee modellen in het zwart. Eén is deze week in de aanbieding.
?A: Mag ik de goedkopere even bekijken?
A: Die neem ik. Kan ik pinnen?
B: Natuurlijk. Wilt u er een tasje bij?""")

add(N, "filosofie", {"q": ["Denk jij dat machines creatief kunnen zijn?", "Is het beter om gelukkig te zijn of gelijk te hebben?", "Zou je de toekomst willen kennen?"]},
"""A: Een vraag voor een regenachtige middag: {q}
B: Wat een vraag voor een dinsdag! Wat denk jij zelf?
A: Ik weet het niet precies. Het hangt sterk af van de definitie.
B: Mee eens. De interessantste discussies gaan bijna altijd over definities.
?A: Je klinkt als een echte filosoof.
A: Laten we het er bij een kop koffie verder over hebben.""")

add(N, "lenen", {"s": ["de veertig euro", "het geld voor de concertkaartjes", "de twintig euro"]},
"""A: Ik heb je net {s} teruggestort. Nogmaals bedankt dat je me uit de brand hielp!
B: Graag gedaan, er was helemaal geen haast.
A: Dat weet ik, maar ik heb niet graag schulden, ook niet bij vrienden.
B: Snap ik. Het is trouwens goed aangekomen.
?A: Ik trakteer je vrijdag op een drankje.
?B: Daar zeg ik geen nee tegen!""")
# ---------------------------------------------------------------- extra, longer ones per language
add(S, "vacaciones", {"dest": ["Asturias", "la costa de Cádiz", "los Pirineos"]},
"""A: He estado mirando casas rurales en {dest} para el verano. ¿Seguís con ganas de hacer el viaje en familia?
B: ¡Muchísimas! Los niños no paran de hablar de ello desde Navidad.
A: He encontrado una casa para ocho personas con jardín grande, a quince minutos andando del pueblo.
B: Suena perfecto. ¿Cuánto cuesta la semana?
A: Unos novecientos euros en total, así que entre las dos familias sale bastante bien.
B: Genial. ¿Te hago una transferencia con mi mitad de la señal?
A: Sí, y yo hago la reserva de una vez. Te reenvío la confirmación por correo.
?B: Mi madre pregunta si hay un dormitorio en la planta baja, porque a mi padre le cuestan las escaleras.
?A: Buena pregunta. Se lo consulto al dueño antes de reservar y te digo algo esta noche.
B: ¡Gracias por organizarlo todo! Va a ser una semana estupenda.""")

add(P, "obras", {"p": ["as bancadas", "os azulejos", "as portas dos armários"]},
"""A: Como estão as obras na cozinha? Disseste que os pedreiros começavam na segunda.
B: Devagar, para ser sincera. Já tiraram os móveis antigos, mas {p} vieram na cor errada e está tudo parado até quinta.
A: Que chatice! E estão a conseguir viver sem cozinha?
B: Mais ou menos. Temos um micro-ondas e uma chaleira na sala, e temos comido muitas saladas.
?A: Venham jantar cá a casa na quarta. Vou fazer uma panela grande de sopa e um arroz de frango.
?B: A sério? Seria ótimo. Os miúdos vão ficar contentíssimos.
A: Claro que sim. Tragam os miúdos, há espaço para todos.
B: Obrigada! Eu levo a sobremesa, nem que seja da pastelaria.
A: Até quarta, então, por volta das sete e meia.""")

add(F, "vacances", {"dest": ["en Bretagne", "dans le Jura", "en Provence"]},
"""A: J'ai regardé des gîtes {dest} pour cet été. Vous êtes toujours partants pour des vacances en famille ?
B: Plus que jamais ! Les enfants n'arrêtent pas d'en parler depuis Noël.
A: J'en ai trouvé un pour huit personnes, avec un grand jardin, à un quart d'heure à pied du village.
B: Ça a l'air parfait. C'est combien pour la semaine ?
A: Environ neuf cents euros au total, donc entre nos deux familles, c'est raisonnable.
B: Très bien. Je te fais un virement pour ma moitié de l'acompte ?
A: Oui, et je réserve tout en une fois. Je te transfère la confirmation par e-mail.
?B: Ma mère demande s'il y a une chambre au rez-de-chaussée, parce que mon père a du mal avec les escaliers.
?A: Bonne question, je demande au propriétaire avant de réserver et je te redis ce soir.
B: Merci d'organiser tout ça ! Ça va être une super semaine.""")

add(D, "renovierung", {"t": ["die Arbeitsplatten", "die Fliesen", "die Schranktüren"]},
"""A: Wie läuft eigentlich die Küchenrenovierung? Die Handwerker wollten doch am Montag anfangen.
B: Eher schleppend, ehrlich gesagt. Die alten Schränke sind raus, aber {t} wurden in der falschen Farbe geliefert, und jetzt steht alles bis Donnerstag still.
A: Wie ärgerlich! Kommt ihr ohne Küche zurecht?
B: Irgendwie schon. Wir haben eine Mikrowelle und einen Wasserkocher im Wohnzimmer und essen viel Salat.
?A: Kommt doch am Mittwoch zum Abendessen. Ich koche sowieso einen großen Topf Chili.
?B: Wirklich? Das wäre wunderbar. Die Kinder werden sich riesig freuen.
A: Na klar, bringt sie mit. Platz ist genug da.
B: Danke! Ich bringe wenigstens den Nachtisch mit, auch wenn er vom Bäcker ist.
A: Nachtisch vom Bäcker ist der beste. Bis Mittwoch um halb sieben!""")

add(N, "vakantie", {"dest": ["Zeeland", "de Ardennen", "Texel"]},
"""A: Ik heb vakantiehuizen in {dest} bekeken voor deze zomer. Hebben jullie nog steeds zin in een familievakantie?
B: Zeker! De kinderen hebben het er sinds de kerst over.
A: Ik heb een huis gevonden voor acht personen met een grote tuin, op een kwartier lopen van het dorp.
B: Dat klinkt perfect. Wat kost het per week?
A: Ongeveer negenhonderd euro in totaal, dus verdeeld over onze twee gezinnen valt het mee.
B: Mooi. Zal ik mijn helft van de aanbetaling naar jou overmaken?
A: Ja, dan boek ik alles in één keer. Ik stuur je de bevestiging door.
?B: Mijn moeder vraagt of er een slaapkamer beneden is, want mijn vader heeft moeite met trappen.
?A: Goede vraag. Ik vraag het de eigenaar voordat ik boek en laat het je vanavond weten.
B: Bedankt dat je alles regelt! Het wordt vast een heerlijke week.""")


# ---------------------------------------------------------------- engine
EMOJI = ["🙂", "😊", "👍"]


import re

_SENT_START = re.compile(r"(^[¿¡]?|[.!?] [¿¡]?)([a-zà-ÿ])")


def fill(text, values):
    """Fill slots, then capitalise a slot value that starts a sentence."""
    text = text.format_map(values)
    return _SENT_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)


def render(rng, lang, template):
    _topic, slots, script = template
    names = rng.sample(NAMES[lang], 3)
    values = {"a": names[0], "b": names[1], "c": names[2], "n2": "%02d" % rng.randint(0, 99)}
    for key, options in slots.items():
        pick = rng.choice(options)
        if "/" in key:  # paired slots, e.g. "q/ans" -> (question, answer)
            for k, v in zip(key.split("/"), pick):
                values[k] = v
        else:
            values[key] = pick
    lines = []
    group = 0
    for raw in script.strip().split("\n"):
        raw = raw.strip()
        if not raw:
            continue
        optional = raw.startswith("?")
        if optional:
            raw = raw[1:]
            if not (lines and lines[-1][0]):
                group += 1  # consecutive optional lines are kept or dropped together
        optional = group if optional else 0
        who, text = raw.split(":", 1)
        alt = rng.choice(text.strip().split("|"))
        lines.append((optional, who.strip(), fill(alt, values)))
    groups = sorted({opt for opt, _, _ in lines if opt})
    keep_group = {g: rng.random() < 0.6 for g in groups}
    keep_flags = [(not opt) or keep_group[opt] for opt, _, _ in lines]
    kept = [ln for ln, k in zip(lines, keep_flags) if k]
    if len(kept) < 4:
        kept = lines
    kept = kept[:14]
    out = []
    for _opt, who, text in kept:
        if text.endswith("!") and rng.random() < 0.06:
            text = text + " " + rng.choice(EMOJI)
        out.append((who, text))
    return out


def new_id(rng, used):
    while True:
        uid = "u%d" % rng.randint(10**6, 10**9)
        if uid not in used:
            used.add(uid)
            return uid


def timestamps(rng, count):
    start = datetime(2026, 1, 5, 7, 0, 0) + timedelta(days=rng.randint(0, 170),
                                                      seconds=rng.randint(0, 14 * 3600))
    out, t = [], start
    for i in range(count):
        if i:
            r = rng.random()
            if r < 0.70:
                t += timedelta(seconds=rng.randint(8, 300))
            elif r < 0.92:
                t += timedelta(seconds=rng.randint(300, 3600))
            else:
                t += timedelta(seconds=rng.randint(3600, 5 * 3600))
        out.append(t.strftime("%Y-%m-%dT%H:%M:%SZ"))
    return out


def main():
    rng = random.Random(SEED)
    used_ids = set()
    seen = set()
    rows = []
    for lang in ["en", "es", "pt", "fr", "de", "nl"]:
        templates = T[lang]
        order = list(range(len(templates)))
        for n in range(TARGET[lang]):
            if n % len(order) == 0:
                rng.shuffle(order)
            tpl = templates[order[n % len(order)]]
            for _attempt in range(30):
                msgs = render(rng, lang, tpl)
                sig = tuple(msgs)
                if sig not in seen:
                    break
            seen.add(sig)
            ua, ub = new_id(rng, used_ids), new_id(rng, used_ids)
            ids = {"A": (ua, ub), "B": (ub, ua)}
            ts = timestamps(rng, len(msgs))
            messages = [{"sender": ids[w][0], "recipient": ids[w][1], "ts": ts[i],
                         "text": text, "codes": []} for i, (w, text) in enumerate(msgs)]
            rows.append({"id": "adult-%s-%03d" % (lang, n + 1), "label": 0, "codes": [],
                         "lang": lang, "source": "adult-smalltalk-v1", "messages": messages})
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d conversations to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
